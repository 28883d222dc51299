package org.commitmentstracker.ui.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;

/** The Commitments tab's layout as remembered between starts; no toolkit needed. */
class TableLayoutViewModelTest {
    final List<Map<String, String>> stored = new ArrayList<>();

    @Test
    void theFirstStartShowsTheDetailPaneAndEveryColumn() {
        TableLayoutViewModel layout = new TableLayoutViewModel(Map::of, stored::add, TaskRunner.sameThread());

        assertThat(layout.detailOpenProperty().get()).isTrue();
        assertThat(layout.dividerProperty().get()).isEqualTo(TableLayoutViewModel.DEFAULT_DIVIDER);
        assertThat(layout.columnVisibleProperty("sectorColumn").get()).isTrue();
        assertThat(layout.columnWidthProperty("textColumn", 420).get()).isEqualTo(420);
        assertThat(stored).isEmpty();
    }

    @Test
    void closingThePaneOrHidingAColumnIsKeptAtOnceAndReadBackAtTheNextStart() {
        TableLayoutViewModel layout = new TableLayoutViewModel(Map::of, stored::add, TaskRunner.sameThread());
        layout.columnWidthProperty("textColumn", 420).set(512.4);
        layout.dividerProperty().set(0.62);

        layout.toggleDetail();
        layout.columnVisibleProperty("sectorColumn").set(false);

        assertThat(stored).hasSize(2);
        Map<String, String> last = stored.get(1);
        assertThat(last).containsEntry("detailOpen", "false").containsEntry("column.sectorColumn.visible", "false")
                .containsEntry("column.textColumn.width", "512").containsEntry("divider", "0.62");

        TableLayoutViewModel next = new TableLayoutViewModel(() -> last, stored::add, TaskRunner.sameThread());
        assertThat(next.detailOpenProperty().get()).isFalse();
        assertThat(next.dividerProperty().get()).isEqualTo(0.62);
        assertThat(next.columnVisibleProperty("sectorColumn").get()).isFalse();
        assertThat(next.columnVisibleProperty("ownerColumn").get()).isTrue();
        assertThat(next.columnWidthProperty("textColumn", 420).get()).isEqualTo(512);
    }

    @Test
    void nonsenseInTheFileFallsBackToTheDefaults() {
        TableLayoutViewModel layout = new TableLayoutViewModel(() -> Map.of("divider", "abc",
                "column.textColumn.width", "-3", "detailOpen", "maybe"), stored::add, TaskRunner.sameThread());

        assertThat(layout.dividerProperty().get()).isEqualTo(TableLayoutViewModel.DEFAULT_DIVIDER);
        assertThat(layout.columnWidthProperty("textColumn", 420).get()).isEqualTo(420);
        assertThat(layout.detailOpenProperty().get()).isTrue();
    }
}
