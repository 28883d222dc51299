package org.commitmentstracker.store;

import org.commitmentstracker.model.Explanation;

/**
 * A team workspace's server refused or could not be reached; one sentence naming the server (its
 * address without parameters, never a password) and what to do. Whatever was being saved when it
 * came was not saved (or, when the connection was lost, may not have been: {@link Kind#CONNECTION_LOST}).
 * Made by {@link PostgresFailures}.
 */
public final class ServerFailureException extends WorkspaceException {
    /** What kept the server from being used. */
    public enum Kind {
        /** Wrong password or unknown login: values address, login. */
        LOGIN_REFUSED,
        /** No answer at the address: values address, login. */
        UNREACHABLE,
        /** TLS could not be set up or the server's certificate not verified: values address, login. */
        TLS,
        /** The server has no such database: values address, login. */
        NO_DATABASE,
        /** The login lacks a right: values address, login, the action (words), the role to ask for. */
        NOT_PERMITTED,
        /** The connection went during the work: values address, login. */
        CONNECTION_LOST,
        /** The schema is older than this app's and the login may not upgrade it: values address, login, its version, this app's. */
        SCHEMA_OLDER,
        /** The schema is newer than this app's: values address, login, its version, this app's. */
        SCHEMA_NEWER,
        /** {@code server init} by a login that does not own the database: values address, login. */
        NOT_OWNER,
        /** A safeguard of the schema (a trigger, a check) was taken away: values address, login, the problems. */
        DAMAGED
    }

    /** What a login was refused, each with the role that allows it. */
    public enum Action {
        OPEN("open this workspace", PostgresRoles.REPORTER),
        IMPORT("import statements", PostgresRoles.OFFICER),
        EDIT("change commitments", PostgresRoles.OFFICER),
        SAVE_VIEWS("save views or workspace settings", PostgresRoles.OFFICER),
        DELETE_STATEMENTS("delete statements", PostgresRoles.ADMIN),
        AGENCIES("change the agency directory", PostgresRoles.ADMIN),
        SET_UP("set up or upgrade the workspace (server init)", "owner of the database"),
        CHANGE("change this workspace", PostgresRoles.OFFICER);

        private final String english;
        private final String role;

        Action(String english, String role) {
            this.english = english;
            this.role = role;
        }

        public String role() {
            return role;
        }

        Explanation words() {
            return Explanation.of(english, "server.action." + name());
        }
    }

    private final Kind kind;
    private final Explanation words;

    private ServerFailureException(Kind kind, String message, Throwable cause, Object... values) {
        super(message, cause);
        this.kind = kind;
        this.words = Explanation.of(message, "server.problem." + kind.name(), values);
    }

    static ServerFailureException of(Kind kind, String address, String login, Throwable cause) {
        String message = switch (kind) {
            case LOGIN_REFUSED -> "The server " + address + " refused the login " + login
                    + ": check the login and its password (PGPASSWORD), or ask your administrator.";
            case UNREACHABLE -> "The server " + address + " cannot be reached: check the address and the network "
                    + "(or VPN), or ask IT whether the server is running.";
            case TLS -> "The server " + address + " could not be reached safely (TLS): check the address's sslmode and "
                    + "sslrootcert (the ministry's root certificate), or ask IT whether the server offers TLS.";
            case NO_DATABASE -> "There is no such database on the server " + address
                    + ": check the database name at the end of the address with your administrator.";
            case CONNECTION_LOST -> "The connection to " + address + " was lost: what was being saved may not have "
                    + "been saved; check the network, then look before doing it again.";
            default -> throw new IllegalArgumentException(kind + " needs more than the address");
        };
        return new ServerFailureException(kind, message, cause, address, login);
    }

    static ServerFailureException notPermitted(Action action, String address, String login, Throwable cause) {
        if (action == Action.SET_UP) {
            return new ServerFailureException(Kind.NOT_OWNER, "Your login " + login + " on " + address + " may not set "
                    + "up or upgrade the team workspace: run `server init` as the database's owner (see "
                    + "docs/team-workspace.md).", cause, address, login);
        }
        return new ServerFailureException(Kind.NOT_PERMITTED, "Your login " + login + " on " + address + " may not "
                + action.english + ": ask the administrator for the " + action.role + " role.", cause, address, login,
                action.words(), action.role);
    }

    static ServerFailureException schema(int found, int known, String address, String login) {
        boolean newer = found > known;
        String shown = found < 0 ? "has no schema yet" : "is at schema version " + found;
        String message = "The team workspace at " + address + " " + shown + "; this app knows version " + known
                + (newer ? ": install the newer version of the app that your colleagues use."
                         : ": ask your administrator to run `server init` with this version of the app.");
        return new ServerFailureException(newer ? Kind.SCHEMA_NEWER : Kind.SCHEMA_OLDER, message, null, address, login,
                Math.max(found, 0), known);
    }

    static ServerFailureException damaged(java.util.List<String> problems, String address, String login) {
        String listed = String.join("; ", problems);
        return new ServerFailureException(Kind.DAMAGED, "The team workspace at " + address + " fails its check ("
                + listed + "): nothing was changed; ask your administrator to restore it from a pg_dump backup or "
                + "to put the schema back (docs/team-workspace.md).", null, address, login, listed);
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public Explanation words() {
        return words;
    }
}
