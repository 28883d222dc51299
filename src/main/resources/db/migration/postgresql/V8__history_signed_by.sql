-- History is signed by the database login (docs/decisions/0011-team-workspace-roles.md): a trigger
-- writes the connection's session_user into signed_by, whatever the app sent, so no officer can
-- sign an entry as someone else. For a login that is not an administrator (a member of
-- tracker_admin, the tables' owner or a superuser), the author shown is forced to the login too;
-- an administrator publishing a laptop's history keeps the authors recorded on the laptop, but
-- signed_by still names the administrator.
ALTER TABLE history ADD COLUMN signed_by TEXT;

CREATE FUNCTION history_signed_by_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.signed_by := session_user;
    IF NOT (pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'MEMBER')
            OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = 'tracker_admin'
                       AND pg_has_role(session_user, r.oid, 'MEMBER'))) THEN
        NEW.author := session_user;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER history_signed_by_login
BEFORE INSERT ON history
FOR EACH ROW EXECUTE FUNCTION history_signed_by_login();
