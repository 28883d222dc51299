package org.commitmentstracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Item 8 of step 11: passwords and server addresses are never written to logs. With the logging
 * the launcher sets up, opening a team workspace (its migrations run) and failing to open one log
 * neither the password typed, nor one written in the address, nor the address itself; a refusal
 * names the server without the password.
 */
class NoSecretsInLogsTest {
    static final String TYPED = "typed-secret-9";
    static final String IN_URL = "url-secret-7";

    @Test
    void openingATeamWorkspaceLogsNoPasswordAndNoAddress() throws Exception {
        Launcher.quietLibraries();
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLoggerName() + ": " + new java.util.logging.SimpleFormatter().formatMessage(record)
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String home = System.getProperty("user.home");
        Path testHome = ScratchFolders.create("secrets-home");
        String url = TestPostgres.newDatabase("secrets");
        try {
            System.setProperty("user.home", testHome.toString());
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try (WorkspaceServices services = WorkspaceServices.openServer(url + "?password=" + IN_URL, "postgres",
                    TYPED, Clock.systemUTC(), Locale.ENGLISH, "tester")) {
                services.withAgencies();
                assertThat(services.folder().toString()).doesNotContain(IN_URL).doesNotContain(TYPED);
            }
            String missing = url.replaceFirst("/[^/]*$", "/no_such_db") + "?password=" + IN_URL;
            assertThatThrownBy(() -> WorkspaceServices.openServer(missing, "postgres", TYPED, Clock.systemUTC(),
                    Locale.ENGLISH, "tester").close())
                    .satisfies(e -> assertThat(e.getMessage()).contains("no_such_db").doesNotContain(IN_URL)
                            .doesNotContain(TYPED));
        } finally {
            System.setErr(err);
            System.setProperty("user.home", home);
            root.removeHandler(capture);
        }
        String everything = String.join("\n", logged) + "\n" + printed.toString(StandardCharsets.UTF_8);
        assertThat(everything).doesNotContain(TYPED).doesNotContain(IN_URL).doesNotContain("jdbc:postgresql:");
        // (Without the launcher's set-up, Flyway logs the address with all its parameters at INFO.)
        // What the window keeps to reopen a team workspace shows the address and login, never the password.
        assertThat(WorkspaceSwitcher.Target.server(url + "?password=" + IN_URL, "postgres", TYPED).toString())
                .isEqualTo(url + " as postgres");
    }
}
