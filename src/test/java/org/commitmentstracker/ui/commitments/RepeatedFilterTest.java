package org.commitmentstracker.ui.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Repeated from an earlier visit" leaves the commitments that repeat one of an earlier statement. */
class RepeatedFilterTest {
    @TempDir
    Path dir;

    @Test
    void theSwitchLeavesOnlyTheRepeatsAndKeepsAcrossALanguageSwitch() {
        try (WorkspaceServices workspace = WorkspaceServices.open(dir.resolve("data"), Clock.systemUTC(), Locale.ENGLISH,
                "Lan")) {
            workspace.imports().importAll(List.of(Path.of("src/test/resources/repeats/kz-2025.txt"),
                    Path.of("src/test/resources/repeats/kz-2026.txt")));
            CommitmentsViewModel vm = new CommitmentsViewModel(workspace.commitments()::overview,
                    workspace.commitments()::matching, workspace.repeats()::repeating, TaskRunner.sameThread(),
                    new Messages(Locale.ENGLISH), Clock.systemUTC());
            vm.refresh();
            assertThat(vm.rows()).hasSize(6);

            vm.repeatedOnlyProperty().set(true);
            assertThat(vm.rows()).singleElement().satisfies(row -> assertThat(row.source().text())
                    .startsWith("The two sides agreed to complete the establishment of the Science and Technology"));

            CommitmentsViewModel vietnamese = new CommitmentsViewModel(workspace.commitments()::overview,
                    workspace.commitments()::matching, workspace.repeats()::repeating, TaskRunner.sameThread(),
                    new Messages(Locale.forLanguageTag("vi")), Clock.systemUTC());
            vietnamese.carryOver(vm);
            vietnamese.refresh();
            assertThat(vietnamese.rows()).hasSize(1);

            vm.clearFilters();
            assertThat(vm.rows()).hasSize(6);
        }
    }
}
