package org.commitmentstracker.ui.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;

/** Runs without the JavaFX toolkit: the ViewModel is plain Java with a same-thread runner. */
class CommitmentsViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T08:00:00Z"), ZoneOffset.UTC);
    static final Agency MOIT = new Agency(1, "MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");

    static CommitmentOverview row(long id, Status status, LocalDate deadline) {
        return new CommitmentOverview(id, 7, "Joint Statement", List.of("Chile", "Peru"), LocalDate.of(2025, 3, 12),
                String.valueOf(id), "The two sides agreed to raise trade.", Sector.ECO, MOIT, status, deadline,
                Instant.parse("2025-09-01T00:00:00Z"));
    }

    @Test
    void rowsAreWordedInTheUsersLanguage() {
        CommitmentsViewModel vm = new CommitmentsViewModel(() -> List.of(row(1, Status.AT_RISK, null)), text -> Set.of(),
                TaskRunner.sameThread(), new Messages(Locale.forLanguageTag("vi")), CLOCK);

        vm.refresh();

        CommitmentRow row = vm.rows().get(0);
        assertThat(row.statusLabel()).isEqualTo("Có nguy cơ chậm");
        assertThat(row.owner()).isEqualTo("Bộ Công Thương");
        assertThat(row.partners()).isEqualTo("Chi-lê, Pê-ru");
        assertThat(row.statementLabel()).isEqualTo("Chi-lê, Pê-ru · 12/03/2025");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void deadlinesAreMarkedOverdueDueSoonOrOnTrack() {
        CommitmentsViewModel vm = new CommitmentsViewModel(() -> List.of(
                row(1, Status.IN_PROGRESS, LocalDate.of(2025, 9, 30)),
                row(2, Status.COMPLETED, LocalDate.of(2025, 9, 30)),
                row(3, Status.NOT_STARTED, LocalDate.of(2025, 10, 20)),
                row(4, Status.NOT_STARTED, LocalDate.of(2026, 1, 1)),
                row(5, Status.NOT_STARTED, null)), text -> Set.of(),
                TaskRunner.sameThread(), new Messages(Locale.ENGLISH), CLOCK);

        vm.refresh();

        assertThat(vm.rows()).extracting(CommitmentRow::deadlineState).containsExactly(DeadlineState.OVERDUE,
                DeadlineState.ON_TRACK, DeadlineState.DUE_SOON, DeadlineState.ON_TRACK, DeadlineState.NONE);
        assertThat(vm.rows().get(0).deadlineLabel()).isEqualTo("30/09/2025");
        assertThat(vm.summaryProperty().get()).isEqualTo("5 commitments, 1 overdue");
    }

    @Test
    void anEditReplacesOnlyItsRowKeepingSelectionFiltersAndCounts() {
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        CommitmentsViewModel vm = new CommitmentsViewModel(() -> {
            loads.incrementAndGet();
            return List.of(row(1, Status.NOT_STARTED, LocalDate.of(2025, 9, 30)),
                    row(2, Status.NOT_STARTED, LocalDate.of(2025, 9, 30)), row(3, Status.IN_PROGRESS, null));
        }, text -> Set.of(), TaskRunner.sameThread(), new Messages(Locale.ENGLISH), CLOCK);
        vm.refresh();
        vm.selectedStatuses().setAll(Status.NOT_STARTED, Status.IN_PROGRESS);
        vm.selectedCommitmentProperty().set(2L);
        CommitmentRow untouched = vm.rows().get(0);
        CommitmentRow before = vm.rows().get(1);

        vm.replace(row(2, Status.IN_PROGRESS, LocalDate.of(2026, 3, 1)));

        assertThat(loads).hasValue(1);
        assertThat(vm.rows().get(0)).isSameAs(untouched);
        assertThat(vm.rows().get(1)).isNotSameAs(before).satisfies(r -> {
            assertThat(r.statusLabel()).isEqualTo("In progress");
            assertThat(r.deadlineLabel()).isEqualTo("01/03/2026");
            assertThat(r.deadlineState()).isEqualTo(DeadlineState.ON_TRACK);
        });
        assertThat(vm.selectedCommitmentProperty().get()).isEqualTo(2L);
        assertThat(vm.summaryProperty().get()).isEqualTo("3 commitments, 1 overdue");

        // Completed: the status filter no longer passes it, and the counts say so.
        vm.replace(row(2, Status.COMPLETED, LocalDate.of(2026, 3, 1)));

        assertThat(loads).hasValue(1);
        assertThat(vm.rows()).extracting(CommitmentRow::commitmentId).containsExactly(1L, 3L);
        assertThat(vm.summaryProperty().get()).isEqualTo("2 of 3 commitments shown, 1 overdue");
    }

    @Test
    void aBulkEditOfAFewRowsReReadsJustThemAndOfManyTheWholeTable() {
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        List<CommitmentOverview> stored = new java.util.ArrayList<>();
        for (long id = 1; id <= CommitmentsViewModel.FEW_ROWS + 1; id++) {
            stored.add(row(id, Status.NOT_STARTED, null));
        }
        CommitmentsViewModel vm = new CommitmentsViewModel(() -> {
            loads.incrementAndGet();
            return List.copyOf(stored);
        }, text -> Set.of(), TaskRunner.sameThread(), new Messages(Locale.ENGLISH), CLOCK);
        vm.refresh();
        List<Long> reads = new java.util.ArrayList<>();
        java.util.function.LongFunction<java.util.Optional<CommitmentOverview>> oneRow = id -> {
            reads.add(id);
            return java.util.Optional.of(stored.get((int) id - 1));
        };
        stored.set(1, row(2, Status.COMPLETED, null));
        stored.set(2, row(3, Status.COMPLETED, null));

        vm.refreshRows(List.of(2L, 3L), oneRow);

        assertThat(loads).hasValue(1);
        assertThat(reads).containsExactly(2L, 3L);
        assertThat(vm.rows()).filteredOn(r -> r.status() == Status.COMPLETED)
                .extracting(CommitmentRow::commitmentId).containsExactly(2L, 3L);

        List<Long> all = stored.stream().map(CommitmentOverview::commitmentId).toList();
        vm.refreshRows(all, oneRow);

        assertThat(loads).hasValue(2);
        assertThat(reads).hasSize(2);
    }

    @Test
    void aFailedLoadIsToldAndKeepsTheRowsItHad() {
        boolean[] fail = {false};
        CommitmentsViewModel vm = new CommitmentsViewModel(() -> {
            if (fail[0]) {
                throw new IllegalStateException("disk I/O error");
            }
            return List.of(row(1, Status.NOT_STARTED, null));
        }, text -> Set.of(), TaskRunner.sameThread(), new Messages(Locale.ENGLISH), CLOCK);
        vm.refresh();
        fail[0] = true;

        vm.refresh();

        assertThat(vm.errorProperty().get()).contains("disk I/O error");
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    static CommitmentOverview row(long id, String partner, Sector sector, Agency owner, Status status, LocalDate deadline) {
        return new CommitmentOverview(id, 7, "Joint Statement", List.of(partner), LocalDate.of(2025, 3, 12),
                String.valueOf(id), "Text " + id, sector, owner, status, deadline, Instant.parse("2025-09-01T00:00:00Z"));
    }

    static final Agency MOET = new Agency(2, "MOET", "Bộ Giáo dục và Đào tạo", "Ministry of Education and Training");

    CommitmentsViewModel filtered(java.util.function.Function<String, Set<Long>> search) {
        CommitmentsViewModel vm = new CommitmentsViewModel(() -> List.of(
                row(1, "Chile", Sector.ECO, MOIT, Status.IN_PROGRESS, LocalDate.of(2025, 9, 30)),
                row(2, "Chile", Sector.EDU, MOET, Status.NOT_STARTED, LocalDate.of(2025, 11, 15)),
                row(3, "Hungary", Sector.ECO, MOIT, Status.COMPLETED, LocalDate.of(2025, 12, 31)),
                row(4, "Hungary", Sector.HEA, null, Status.AT_RISK, null)),
                search, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), CLOCK);
        vm.refresh();
        return vm;
    }

    static List<Long> ids(CommitmentsViewModel vm) {
        return vm.rows().stream().map(CommitmentRow::commitmentId).toList();
    }

    @Test
    void filtersNarrowTheRowsAndOfferTheChoicesTheRowsHave() {
        CommitmentsViewModel vm = filtered(text -> Set.of());
        assertThat(vm.partnerChoices()).containsExactly("Chile", "Hungary");
        assertThat(vm.sectorChoices()).containsExactly(Sector.ECO, Sector.EDU, Sector.HEA);
        assertThat(vm.ownerChoices()).containsExactly(MOET, MOIT);

        vm.selectedPartners().setAll("Hungary");
        assertThat(ids(vm)).containsExactly(3L, 4L);
        vm.selectedSectors().setAll(Sector.ECO);
        assertThat(ids(vm)).containsExactly(3L);
        assertThat(vm.summaryProperty().get()).isEqualTo("1 of 4 commitments shown, 0 overdue");

        vm.clearFilters();
        assertThat(ids(vm)).containsExactly(1L, 2L, 3L, 4L);
        vm.selectedOwners().setAll(MOET);
        assertThat(ids(vm)).containsExactly(2L);
        vm.clearFilters();
        vm.selectedStatuses().setAll(Status.AT_RISK, Status.COMPLETED);
        assertThat(ids(vm)).containsExactly(3L, 4L);
    }

    @Test
    void deadlineRangeOverdueAndThisQuarter() {
        CommitmentsViewModel vm = filtered(text -> Set.of());
        vm.deadlineFromProperty().set(LocalDate.of(2025, 10, 1));
        assertThat(ids(vm)).containsExactly(2L, 3L);
        vm.deadlineToProperty().set(LocalDate.of(2025, 11, 30));
        assertThat(ids(vm)).containsExactly(2L);
        vm.clearFilters();
        vm.overdueOnlyProperty().set(true);
        assertThat(ids(vm)).containsExactly(1L);
        vm.clearFilters();
        vm.dueThisQuarterProperty().set(true);
        assertThat(ids(vm)).as("Q4 2025, open ones only").containsExactly(2L);
    }

    @Test
    void searchAsksTheStoreAndCombinesWithTheFilters() {
        List<String> asked = new java.util.ArrayList<>();
        CommitmentsViewModel vm = filtered(text -> {
            asked.add(text);
            return text.equals("dau tu") ? Set.of(1L, 4L) : Set.of();
        });
        vm.searchTextProperty().set("dau tu");
        assertThat(asked).containsExactly("dau tu");
        assertThat(ids(vm)).containsExactly(1L, 4L);
        vm.selectedPartners().setAll("Hungary");
        assertThat(ids(vm)).containsExactly(4L);
        vm.searchTextProperty().set("  ");
        assertThat(ids(vm)).containsExactly(3L, 4L);
    }

    // step 10: partner names, empty results, a language switch

    @Test
    void vietnameseShowsPartnersInVietnameseButFiltersOnTheStoredName() {
        CommitmentsViewModel vm = new CommitmentsViewModel(() -> List.of(
                row(1, "Chile", Sector.ECO, MOIT, Status.IN_PROGRESS, null),
                row(2, "Hungary", Sector.EDU, MOET, Status.NOT_STARTED, null),
                row(3, "South Korea", Sector.EDU, MOET, Status.NOT_STARTED, null)), text -> Set.of(),
                TaskRunner.sameThread(), new Messages(Locale.forLanguageTag("vi")), CLOCK);
        vm.refresh();

        // Sorted as shown: South Korea is "Hàn Quốc", before "Hung-ga-ri".
        assertThat(vm.partnerChoices()).containsExactly("Chile", "South Korea", "Hungary");
        assertThat(vm.partnerChoices()).extracting(vm::partnerLabel).containsExactly("Chi-lê", "Hàn Quốc", "Hung-ga-ri");
        vm.selectedPartners().setAll("Hungary");

        assertThat(ids(vm)).containsExactly(2L);
        assertThat(vm.rows().get(0).partners()).isEqualTo("Hung-ga-ri");
    }

    @Test
    void anEmptyTableSaysWhetherNothingIsStoredOrTheFiltersLeaveNothing() {
        CommitmentsViewModel empty = new CommitmentsViewModel(List::of, text -> Set.of(), TaskRunner.sameThread(),
                new Messages(Locale.ENGLISH), CLOCK);
        empty.refresh();
        assertThat(empty.emptyMessageProperty().get()).isEqualTo("No commitments yet.");
        assertThat(empty.filteredOutProperty().get()).isFalse();

        CommitmentsViewModel vm = filtered(text -> Set.of());
        vm.selectedStatuses().setAll(Status.DROPPED);

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.filteredOutProperty().get()).isTrue();
        assertThat(vm.emptyMessageProperty().get()).startsWith("No commitment matches these filters");
        vm.clearFilters();
        assertThat(vm.filteredOutProperty().get()).isFalse();
    }

    @Test
    void aTableBuiltAgainInAnotherLanguageTakesOverSearchFiltersAndSelection() {
        CommitmentsViewModel english = filtered(text -> Set.of(1L, 2L, 3L));
        english.searchTextProperty().set("hop tac");
        english.selectedOwners().setAll(MOIT);
        english.selectedStatuses().setAll(Status.IN_PROGRESS);
        english.selectedCommitmentProperty().set(1L);
        assertThat(ids(english)).containsExactly(1L);

        // The new table's rows are not loaded yet when it takes over: the owner is kept by its code.
        CommitmentsViewModel vietnamese = new CommitmentsViewModel(() -> List.of(
                row(1, "Chile", Sector.ECO, MOIT, Status.IN_PROGRESS, LocalDate.of(2025, 9, 30)),
                row(2, "Chile", Sector.EDU, MOET, Status.NOT_STARTED, LocalDate.of(2025, 11, 15)),
                row(3, "Hungary", Sector.ECO, MOIT, Status.COMPLETED, LocalDate.of(2025, 12, 31))),
                text -> Set.of(1L, 2L, 3L), TaskRunner.sameThread(), new Messages(Locale.forLanguageTag("vi")), CLOCK);
        vietnamese.carryOver(english);
        vietnamese.refresh();

        assertThat(vietnamese.searchTextProperty().get()).isEqualTo("hop tac");
        assertThat(vietnamese.selectedOwners()).containsExactly(MOIT);
        assertThat(vietnamese.selectedStatuses()).containsExactly(Status.IN_PROGRESS);
        assertThat(vietnamese.selectedCommitmentProperty().get()).isEqualTo(1L);
        assertThat(ids(vietnamese)).containsExactly(1L);
        // Unticking the owner later is not undone by the code kept meanwhile.
        vietnamese.selectedOwners().clear();
        assertThat(vietnamese.currentFilter().owners()).isEmpty();
    }

    // step 13: search in both languages

    /** A store's search that finds commitment 1 ("đầu tư") alone, and 4 (English "investment") too in both languages. */
    static final class TwoLanguageSearch implements org.commitmentstracker.service.CommitmentSearch {
        final List<String> asked = new java.util.ArrayList<>();

        @Override
        public Set<Long> find(String query, boolean bothLanguages) {
            asked.add(query + (bothLanguages ? " +glossary" : ""));
            return bothLanguages ? Set.of(1L, 4L) : Set.of(1L);
        }

        @Override
        public List<org.commitmentstracker.model.Explanation> glossaryProblems() {
            return List.of(org.commitmentstracker.model.Explanation.of("glossary.tsv line 3: …", "glossary.problem.NO_EN",
                    "glossary.tsv", 3));
        }
    }

    CommitmentsViewModel filteredBoth(org.commitmentstracker.service.CommitmentSearch search, Locale locale) {
        CommitmentsViewModel vm = new CommitmentsViewModel(() -> List.of(
                row(1, "Chile", Sector.ECO, MOIT, Status.IN_PROGRESS, LocalDate.of(2025, 9, 30)),
                row(2, "Chile", Sector.EDU, MOET, Status.NOT_STARTED, LocalDate.of(2025, 11, 15)),
                row(3, "Hungary", Sector.ECO, MOIT, Status.COMPLETED, LocalDate.of(2025, 12, 31)),
                row(4, "Hungary", Sector.HEA, null, Status.AT_RISK, null)),
                search, TaskRunner.sameThread(), new Messages(locale), CLOCK);
        vm.refresh();
        return vm;
    }

    @Test
    void theSwitchSearchesBothLanguagesAgainAndIsRemembered() {
        TwoLanguageSearch search = new TwoLanguageSearch();
        CommitmentsViewModel vm = filteredBoth(search, Locale.ENGLISH);
        List<Boolean> remembered = new java.util.ArrayList<>();
        vm.rememberBothLanguages(false, remembered::add);

        vm.searchTextProperty().set("dau tu");
        assertThat(ids(vm)).containsExactly(1L);
        assertThat(vm.glossaryProblemsProperty().get()).isEmpty();

        vm.bothLanguagesProperty().set(true);
        assertThat(ids(vm)).containsExactly(1L, 4L);
        assertThat(search.asked).containsExactly("dau tu", "dau tu +glossary");
        assertThat(remembered).containsExactly(true);
        assertThat(vm.glossaryProblemsProperty().get()).isEqualTo("glossary.tsv line 3: the English term is empty; line left out");

        vm.bothLanguagesProperty().set(false);
        assertThat(ids(vm)).containsExactly(1L);
        assertThat(remembered).containsExactly(true, false);
        assertThat(vm.glossaryProblemsProperty().get()).isEmpty();
    }

    @Test
    void theSwitchIsSetAsLeftAndKeptWhenTheWindowIsBuiltAgain() {
        CommitmentsViewModel english = filteredBoth(new TwoLanguageSearch(), Locale.ENGLISH);
        List<Boolean> remembered = new java.util.ArrayList<>();
        english.rememberBothLanguages(true, remembered::add);
        english.searchTextProperty().set("dau tu");
        assertThat(ids(english)).containsExactly(1L, 4L);
        assertThat(remembered).as("setting it as left is not a change to write").isEmpty();

        CommitmentsViewModel vietnamese = filteredBoth(new TwoLanguageSearch(), Locale.forLanguageTag("vi"));
        vietnamese.carryOver(english);
        assertThat(vietnamese.bothLanguagesProperty().get()).isTrue();
        assertThat(ids(vietnamese)).containsExactly(1L, 4L);
        assertThat(vietnamese.glossaryProblemsProperty().get())
                .isEqualTo("glossary.tsv dòng 3: thiếu thuật ngữ tiếng Anh; dòng này bị bỏ qua");
    }
}
