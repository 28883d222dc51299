package org.commitmentstracker.ui.workspace;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;

/**
 * File &gt; Connect to a team workspace: the server's address, the login and the password. The
 * connection is opened on a worker while the dialog says so; a refusal is one sentence in the
 * dialog, which stays open to try again. The address and login are remembered; the password never.
 */
public final class ConnectViewModel {
    /** Opens the team workspace (worker thread) and returns what moves the window to it (UI thread). */
    public interface Connector {
        Runnable open(String address, String login, String password) throws Exception;
    }

    /** Remembers the address and login for the next time (worker thread). */
    public interface Remember {
        void remember(String address, String login) throws Exception;
    }

    static final String PREFIX = "jdbc:postgresql://";

    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty connected = new SimpleBooleanProperty();
    private final BooleanBinding canConnect;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Connector connector;
    private final Remember remember;

    /**
     * @param lastAddress the address last connected to ("" when none)
     * @param lastLogin   the login last used ("" when none)
     */
    public ConnectViewModel(TaskRunner tasks, Messages messages, Connector connector, Remember remember,
                            String lastAddress, String lastLogin) {
        this.tasks = tasks;
        this.messages = messages;
        this.connector = connector;
        this.remember = remember;
        address.set(lastAddress == null || lastAddress.isBlank() ? PREFIX : lastAddress);
        login.set(lastLogin == null ? "" : lastLogin);
        canConnect = Bindings.createBooleanBinding(() -> !busy.get() && !login.get().isBlank()
                && address.get().strip().length() > PREFIX.length(), address, login, busy);
    }

    /** Opens the workspace; on success the window moves to it and {@link #connectedProperty()} turns true. */
    public void connect() {
        String server = address.get().strip();
        String user = login.get().strip();
        if (!server.startsWith(PREFIX) || server.length() <= PREFIX.length()) {
            error.set(messages.format("connect.badAddress", PREFIX + "host:5432/database"));
            return;
        }
        if (!canConnect.get()) {
            return;
        }
        String typed = password.get();
        busy.set(true);
        error.set("");
        message.set(messages.format("connect.connecting", shownAddress(server)));
        tasks.run(() -> {
            Runnable show = connector.open(server, user, typed);
            try {
                remember.remember(server, user);
            } catch (Exception notRemembered) {
                // Asked again next time: the connection itself worked.
            }
            return show;
        }, show -> {
            busy.set(false);
            message.set("");
            password.set("");
            connected.set(true);
            show.run();
        }, failure -> {
            busy.set(false);
            message.set("");
            error.set(refusal(messages, shownAddress(server), user, failure));
        });
    }

    /**
     * Why a server refused, as one sentence in the UI's language: a failure with words of its own
     * says them; a wrong login or password, an unreachable server or a missing database are told
     * by what PostgreSQL answered (its SQLSTATE); anything else names the server and the reason.
     */
    public static String refusal(Messages messages, String server, String login, Throwable failure) {
        String explained = messages.explain(failure);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.commitmentstracker.model.Explained told && told.words().wordsKey() != null) {
                return explained;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("28")) {
                    return messages.format("connect.refused.login", login, server);
                }
                if (state.equals("3D000")) {
                    return messages.format("connect.refused.database", server);
                }
                if (state.startsWith("08")) {
                    return messages.format("connect.refused.unreachable", server);
                }
            }
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.SocketTimeoutException) {
                return messages.format("connect.refused.unreachable", server);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String reason = explained == null ? failure.getClass().getSimpleName() : explained;
        return messages.format("connect.refused.other", server, reason);
    }

    /** The address without parameters (which may hold a password), as the dialog shows it. */
    public static String shownAddress(String address) {
        return org.commitmentstracker.model.ServerAddresses.shown(address);
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** What is going on ("Connecting to …"). */
    public StringProperty messageProperty() {
        return message;
    }

    /** Why the connection was refused, one sentence; "" when not. */
    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True once the window has moved to the team workspace: the dialog closes. */
    public BooleanProperty connectedProperty() {
        return connected;
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }
}
