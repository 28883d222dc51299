package org.commitmentstracker.ui.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.store.StoreFixture;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void listsStatementsWithTheirProgressAndOpensOneWithItsUnitsAndCues() {
        try (StoreFixture store = new StoreFixture(dir)) {
            store.agencies.save("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");
            long statement = store.statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();
            store.commitments.changeStatus(store.commitments.idsByRef(statement).get("2"), Status.COMPLETED, "lan", null);
            StatementsViewModel vm = new StatementsViewModel(store.statements::findAll,
                    store.commitments::progressByStatement, store.statements::units, TaskRunner.sameThread(),
                    new Messages(Locale.ENGLISH));

            vm.refresh();

            assertThat(vm.statements()).singleElement().satisfies(row -> {
                assertThat(row.title()).isEqualTo("Joint Statement");
                assertThat(row.partners()).isEqualTo("Chile");
                assertThat(row.progress()).isEqualTo("1 of 1 completed");
            });

            vm.open(vm.statements().get(0));

            assertThat(vm.openedProperty().get()).isEqualTo("Joint Statement");
            assertThat(vm.units()).extracting(UnitRow::kind).containsExactly(UnitKind.CONTEXT, UnitKind.COMMITMENT);
            assertThat(vm.units().get(1).kindLabel()).isEqualTo("Commitment");
            assertThat(vm.units().get(1).cue()).isEqualTo("agreed to");
            vm.open(null);
            assertThat(vm.units()).isEmpty();
        }
    }
}
