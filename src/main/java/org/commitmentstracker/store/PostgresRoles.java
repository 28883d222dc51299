package org.commitmentstracker.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The three group roles of a team workspace and what each may do, granted by the server itself
 * (docs/decisions/0011-team-workspace-roles.md), so that a login's rights hold through plain SQL
 * too: {@code tracker_reporter} reads (and so lists and exports), {@code tracker_officer} also
 * imports statements, edits commitments, writes history and saved views, {@code tracker_admin}
 * also keeps the agency directory and deletes statements. Each role is a member of the one
 * before it. Everything here can run again: a role that exists is kept, a grant given is given
 * again without error. Run by the database's owner after the migrations, so a later version's new
 * tables get their grants the same way ({@code server init} again).
 */
final class PostgresRoles {
    static final String REPORTER = "tracker_reporter";
    static final String OFFICER = "tracker_officer";
    static final String ADMIN = "tracker_admin";

    /** The workspace's tables, besides Flyway's record of migrations (which every role reads). */
    private static final String EVERY_TABLE = "agency, sector_owner, statement, statement_partner, unit, commitment, "
            + "commitment_co_owner, history, workspace_setting, saved_view, deleted_statement, commitment_search, attachment_file, commitment_repeat, "
            + "repeat_judgement";

    private static final List<String> GRANTS = List.of(
            "GRANT " + REPORTER + " TO " + OFFICER,
            "GRANT " + OFFICER + " TO " + ADMIN,
            // Reading: a reporter lists, searches and exports; the version is read at every opening.
            "GRANT USAGE ON SCHEMA public TO " + REPORTER,
            "GRANT SELECT ON " + EVERY_TABLE + ", flyway_schema_history TO " + REPORTER,
            // An officer imports statements (with their units and commitments, indexed for search),
            // edits commitments with their history, and keeps saved views and workspace settings.
            "GRANT INSERT ON statement, statement_partner, unit, commitment, commitment_search, history TO " + OFFICER,
            "GRANT UPDATE ON commitment TO " + OFFICER,
            // Files attached to progress entries are added, never changed: an entry's evidence stays as it was.
            "GRANT INSERT ON attachment_file TO " + OFFICER,
            "GRANT INSERT, DELETE ON commitment_co_owner TO " + OFFICER,
            // The links between repeated commitments are made at each import and made again by find-repeats.
            "GRANT INSERT, DELETE ON commitment_repeat TO " + OFFICER,
            // An officer's word on a repeat is added, never changed: a later word on the same pair decides it.
            "GRANT INSERT ON repeat_judgement TO " + OFFICER,
            "GRANT INSERT, UPDATE, DELETE ON saved_view, workspace_setting TO " + OFFICER,
            "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + OFFICER,
            // An administrator also keeps the agency directory and deletes statements (logged in
            // deleted_statement). History stays append-only for everyone: its trigger refuses updates,
            // and no role is given TRUNCATE, which would pass by the triggers.
            "GRANT INSERT, UPDATE, DELETE ON agency, sector_owner, statement, statement_partner, unit, commitment, "
                    + "commitment_co_owner, commitment_search, deleted_statement, saved_view, workspace_setting TO "
                    + ADMIN,
            "GRANT INSERT, DELETE ON history TO " + ADMIN);

    private PostgresRoles() {
    }

    /** Creates the roles that are missing and (re)grants their rights on this database's tables; gives their names. */
    static List<String> create(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String role : List.of(REPORTER, OFFICER, ADMIN)) {
                s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN "
                        + "CREATE ROLE " + role + " NOLOGIN; END IF; END $$");
            }
            s.execute("DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO " + REPORTER
                    + "', current_database()); END $$");
            for (String grant : GRANTS) {
                s.execute(grant);
            }
            connection.commit();
            return List.of(REPORTER, OFFICER, ADMIN);
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The tracker roles the login is a member of (directly or through another), weakest first. */
    static List<String> rolesOf(Connection connection) throws SQLException {
        List<String> roles = new java.util.ArrayList<>();
        try (Statement s = connection.createStatement();
             var rs = s.executeQuery("SELECT r.rolname FROM pg_roles r WHERE r.rolname IN ('" + REPORTER + "', '"
                     + OFFICER + "', '" + ADMIN + "') AND pg_has_role(session_user, r.oid, 'MEMBER') "
                     + "ORDER BY r.rolname = '" + ADMIN + "', r.rolname = '" + OFFICER + "'")) {
            while (rs.next()) {
                roles.add(rs.getString(1));
            }
        }
        return roles;
    }
}
