package org.commitmentstracker.ui.savedviews;

import org.commitmentstracker.service.SavedViewStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.SavedView;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.commitments.CommitmentsViewModel;
import org.junit.jupiter.api.Test;

class SavedViewsViewModelTest {
    static final Agency MOIT = new Agency(1, "MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");

    @Test
    void aSavedViewBringsBackItsFiltersAndSearch() {
        CommitmentsViewModel table = new CommitmentsViewModel(() -> List.of(
                new CommitmentOverview(1, 1, "S", List.of("Chile"), null, "1", "a", Sector.ECO, MOIT, Status.AT_RISK,
                        LocalDate.of(2026, 1, 1), Instant.EPOCH),
                new CommitmentOverview(2, 1, "S", List.of("Peru"), null, "2", "b", Sector.EDU, null, Status.NOT_STARTED,
                        null, Instant.EPOCH)),
                text -> Set.of(1L), TaskRunner.sameThread(), new Messages(Locale.ENGLISH),
                Clock.fixed(Instant.parse("2025-10-01T00:00:00Z"), ZoneOffset.UTC));
        table.refresh();
        SavedViewsViewModel views = new SavedViewsViewModel(table, new KeptViews(), TaskRunner.sameThread(),
                new Messages(Locale.ENGLISH));
        table.selectedPartners().setAll("Chile");
        table.selectedOwners().setAll(MOIT);
        table.searchTextProperty().set("dau tu");

        views.saveCurrent("Chile trade");
        table.clearFilters();
        assertThat(table.rows()).hasSize(2);
        views.open(views.views().get(0));

        assertThat(views.messageProperty().get()).isEqualTo("View \"Chile trade\" saved.");
        assertThat(table.selectedPartners()).containsExactly("Chile");
        assertThat(table.selectedOwners()).containsExactly(MOIT);
        assertThat(table.searchTextProperty().get()).isEqualTo("dau tu");
        assertThat(table.rows()).extracting(r -> r.commitmentId()).containsExactly(1L);
    }

    @Test
    void aSavedViewBringsBackTheRepeatToggle() {
        CommitmentsViewModel table = new CommitmentsViewModel(() -> List.of(
                new CommitmentOverview(1, 1, "S", List.of("Chile"), null, "1", "a", Sector.ECO, MOIT, Status.AT_RISK,
                        LocalDate.of(2026, 1, 1), Instant.EPOCH),
                new CommitmentOverview(2, 2, "T", List.of("Chile"), null, "1", "a again", Sector.ECO, null,
                        Status.NOT_STARTED, null, Instant.EPOCH)),
                (java.util.function.Function<String, Set<Long>>) text -> Set.of(), () -> Set.of(2L), TaskRunner.sameThread(), new Messages(Locale.ENGLISH),
                Clock.fixed(Instant.parse("2025-10-01T00:00:00Z"), ZoneOffset.UTC));
        table.refresh();
        SavedViewsViewModel views = new SavedViewsViewModel(table, new KeptViews(), TaskRunner.sameThread(),
                new Messages(Locale.ENGLISH));
        table.repeatedOnlyProperty().set(true);

        views.saveCurrent("Repeated");
        table.clearFilters();
        assertThat(table.rows()).hasSize(2);
        views.open(views.views().get(0));

        assertThat(table.repeatedOnlyProperty().get()).isTrue();
        assertThat(table.rows()).extracting(r -> r.commitmentId()).containsExactly(2L);
    }

    /** Views kept in memory, as the store would keep them. */
    private static final class KeptViews implements SavedViewStore {
        private final List<SavedView> kept = new ArrayList<>();

        @Override
        public List<SavedView> findAll() {
            return List.copyOf(kept);
        }

        @Override
        public void save(SavedView view) {
            kept.removeIf(v -> v.name().equals(view.name()));
            kept.add(view);
        }

        @Override
        public void delete(String name) {
            kept.removeIf(v -> v.name().equals(name));
        }
    }
}
