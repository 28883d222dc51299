package org.commitmentstracker.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmentstracker.store.ServerFailureException.Action;
import org.commitmentstracker.store.ServerFailureException.Kind;
import org.jooq.TransactionProvider;

/**
 * The twin of {@link SqliteFailures} for a team workspace: turns the server's refusals (by their
 * SQLState: a wrong password or unknown login, no answer, no such database, a right the login's
 * role lacks, a connection lost) into a {@link ServerFailureException} of one sentence that names
 * the server by its address without parameters and the login, and says what to do; in place of
 * jOOQ's "SQL [update ...]; ERROR: permission denied for table commitment". Other errors (a
 * constraint, a bug) are left as they are.
 */
final class PostgresFailures extends FailureTranslation {
    private static final Pattern DENIED_TABLE = Pattern.compile("permission denied for (?:table|relation) (\\w+)");

    private final String address;
    private final String login;
    private final Runnable connectionsLost;

    /**
     * @param address         the server's address without parameters
     * @param connectionsLost run when a connection was found lost: the others kept idle are likely gone too
     */
    PostgresFailures(String address, String login, TransactionProvider transactions, Runnable connectionsLost) {
        super(transactions);
        this.address = address;
        this.login = login;
        this.connectionsLost = connectionsLost;
    }

    String login() {
        return login;
    }

    @Override
    RuntimeException translated(RuntimeException e, String sql) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServerFailureException already) {
                return already;
            }
            if (cause instanceof SQLException failure) {
                ServerFailureException told = translated(failure, sql, e);
                if (told != null) {
                    return told;
                }
            }
        }
        return e;
    }

    /** The failure in words, or null when it is not one of the server's refusals. */
    ServerFailureException translated(SQLException failure, String sql, Throwable whole) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        Kind kind = kindOf(state);
        // The driver's TLS failures (no TLS on the server, a certificate not trusted) come as connection failures.
        if (state.startsWith("08") && failure.getMessage() != null && failure.getMessage().contains("SSL")) {
            kind = Kind.TLS;
        }
        if (kind == Kind.NOT_PERMITTED) {
            return ServerFailureException.notPermitted(actionOf(sql, failure.getMessage()), address, login, whole);
        }
        if (kind == Kind.CONNECTION_LOST) {
            connectionsLost.run();
        }
        return kind == null ? null : ServerFailureException.of(kind, address, login, whole);
    }

    /** What the SQLState says, or null for an error that is not the server's refusal. */
    static Kind kindOf(String state) {
        return switch (state) {
            case "28P01", "28000" -> Kind.LOGIN_REFUSED;
            case "08001", "08004" -> Kind.UNREACHABLE;
            case "3D000" -> Kind.NO_DATABASE;
            case "42501" -> Kind.NOT_PERMITTED;
            // 08006: the connection broke; 08003: it is gone; 57P01..3: the server shut down or is starting.
            case "08006", "08003", "57P01", "57P02", "57P03" -> Kind.CONNECTION_LOST;
            default -> null;
        };
    }

    /** What was refused, from the statement run and the table PostgreSQL names in its message. */
    static Action actionOf(String sql, String message) {
        Matcher table = DENIED_TABLE.matcher(message == null ? "" : message);
        String name = table.find() ? table.group(1) : "";
        String verb = sql == null ? "" : sql.stripLeading().split("\\s", 2)[0].toLowerCase(Locale.ROOT);
        if (name.equals("flyway_schema_history") || verb.equals("select")) {
            return Action.OPEN;
        }
        return switch (name) {
            case "agency", "sector_owner" -> Action.AGENCIES;
            case "deleted_statement" -> Action.DELETE_STATEMENTS;
            case "statement", "statement_partner", "unit", "commitment_repeat" -> verb.equals("delete") ? Action.DELETE_STATEMENTS
                    : Action.IMPORT;
            case "commitment", "commitment_co_owner", "commitment_search", "history", "attachment_file", "repeat_judgement" ->
                    verb.equals("delete") ? Action.DELETE_STATEMENTS : Action.EDIT;
            case "saved_view", "workspace_setting" -> Action.SAVE_VIEWS;
            default -> Action.CHANGE;
        };
    }
}
