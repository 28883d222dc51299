package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.commitmentstracker.store.ServerFailureException.Action;
import org.commitmentstracker.store.ServerFailureException.Kind;
import org.commitmentstracker.ui.Messages;
import org.junit.jupiter.api.Test;

/** A server's refusal as the window says it: in Vietnamese, with the server, the login and the role. */
class ServerFailureWordsTest {
    private static final String SERVER = "jdbc:postgresql://db.mofa.gov.vn:5432/tracker";
    private final Messages vietnamese = new Messages(Locale.forLanguageTag("vi"));

    @Test
    void everyRefusalHasVietnameseWordsNamingTheServer() {
        List<ServerFailureException> all = new java.util.ArrayList<>();
        for (Kind kind : List.of(Kind.LOGIN_REFUSED, Kind.UNREACHABLE, Kind.TLS, Kind.NO_DATABASE,
                Kind.CONNECTION_LOST)) {
            all.add(ServerFailureException.of(kind, SERVER, "lan", null));
        }
        for (Action action : Action.values()) {
            all.add(ServerFailureException.notPermitted(action, SERVER, "lan", null));
        }
        all.add(ServerFailureException.schema(7, 8, SERVER, "lan"));
        all.add(ServerFailureException.schema(9, 8, SERVER, "lan"));
        all.add(ServerFailureException.damaged(List.of("the trigger x is missing"), SERVER, "lan"));

        assertThat(all).extracting(ServerFailureException::kind).containsAll(List.of(Kind.values()));
        for (ServerFailureException e : all) {
            String said = vietnamese.explain(e);
            assertThat(said).as(e.getMessage()).contains(SERVER).doesNotStartWith("!").isNotEqualTo(e.getMessage())
                    .doesNotContain("may not", "ask ", "{");
        }
        Messages english = new Messages(Locale.ENGLISH);
        assertThat(english.explain(ServerFailureException.notPermitted(Action.SET_UP, SERVER, "lan", null)))
                .isEqualTo("Your login lan on " + SERVER + " may not set up or upgrade the team workspace: run \"server "
                        + "init\" as the database's owner.");
        assertThat(vietnamese.explain(ServerFailureException.notPermitted(Action.EDIT, SERVER, "lan", null)))
                .isEqualTo("Tài khoản lan trên " + SERVER + " không được phép sửa cam kết: hãy đề nghị quản trị viên "
                        + "cấp vai trò tracker_officer.");
    }

    @Test
    void theRefusedActionIsFoundFromTheStatementAndTheTable() {
        assertThat(PostgresFailures.actionOf("update \"public\".\"commitment\" set ...",
                "ERROR: permission denied for table commitment")).isEqualTo(Action.EDIT);
        assertThat(PostgresFailures.actionOf("delete from \"public\".\"history\" where ...",
                "ERROR: permission denied for table history")).isEqualTo(Action.DELETE_STATEMENTS);
        assertThat(PostgresFailures.actionOf("insert into \"public\".\"statement\" ...",
                "ERROR: permission denied for table statement")).isEqualTo(Action.IMPORT);
        assertThat(PostgresFailures.actionOf("insert into \"public\".\"agency\" ...",
                "ERROR: permission denied for table agency")).isEqualTo(Action.AGENCIES);
        assertThat(PostgresFailures.actionOf("select ... from commitment", "permission denied for table commitment"))
                .isEqualTo(Action.OPEN);
    }
}
