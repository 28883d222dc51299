package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.store.jooq.Tables.SAVED_VIEW;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.commitmentstracker.model.CommitmentFilter;
import org.commitmentstracker.model.SavedView;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedViewRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void viewsKeepEveryFilterAndAreReplacedByName() {
        try (StoreFixture store = new StoreFixture(dir)) {
            SavedViewRepository views = new SavedViewRepository(store.workspace.database());
            CommitmentFilter filter = new CommitmentFilter(Set.of("Chile"), Set.of(Sector.ECO, Sector.AGR), Set.of("MOIT"),
                    Set.of(Status.AT_RISK), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), true, false);

            views.save(new SavedView("Chile at risk", filter, "đầu tư"));
            views.save(new SavedView("All", CommitmentFilter.NONE, ""));
            views.save(new SavedView("All", CommitmentFilter.NONE, "hop tac"));

            assertThat(views.findAll()).extracting(SavedView::name).containsExactly("All", "Chile at risk");
            assertThat(views.findAll().get(0).searchText()).isEqualTo("hop tac");
            SavedView back = views.findAll().get(1);
            assertThat(back.filter()).isEqualTo(filter);
            assertThat(back.searchText()).isEqualTo("đầu tư");
            views.delete("All");
            assertThat(views.findAll()).hasSize(1);
        }
    }

    @Test
    void theRepeatToggleIsKeptAndAViewSavedBeforeItExistedReadsWithItOff() {
        try (StoreFixture store = new StoreFixture(dir)) {
            SavedViewRepository views = new SavedViewRepository(store.workspace.database());
            CommitmentFilter repeated = new CommitmentFilter(Set.of("Chile"), Set.of(), Set.of(), Set.of(), null, null,
                    false, false, true);
            views.save(new SavedView("Chile repeated", repeated, ""));
            // As step 9 wrote a view, before the toggle existed.
            store.workspace.database().dsl().insertInto(SAVED_VIEW, SAVED_VIEW.NAME, SAVED_VIEW.FILTER)
                    .values("Old", "{\"name\":\"Old\",\"filter\":{\"partners\":[\"Peru\"],\"sectors\":[],"
                            + "\"owners\":[],\"statuses\":[],\"deadlineFrom\":null,\"deadlineTo\":null,"
                            + "\"overdueOnly\":true,\"dueThisQuarter\":false},\"searchText\":\"\"}")
                    .execute();

            assertThat(views.findAll()).extracting(v -> v.filter().repeatedOnly()).containsExactly(true, false);
            assertThat(views.findAll().get(1).filter())
                    .isEqualTo(new CommitmentFilter(Set.of("Peru"), Set.of(), Set.of(), Set.of(), null, null, true, false));
        }
    }
}
