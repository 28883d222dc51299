package org.commitmentstracker.ui.commitments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentFilter;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.service.CommitmentSearch;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.savedviews.FilteredTable;
import org.commitmentstracker.ui.TaskStatus;

/**
 * The commitments table: its rows, the filters and search that narrow them, whether they are
 * loading, and what went wrong if anything. Search runs on the store's index off the UI
 * thread; the other filters run on the loaded rows.
 */
public final class CommitmentsViewModel implements FilteredTable {
    /** A bulk edit of up to this many rows re-reads just them; of more, the whole table. */
    public static final int FEW_ROWS = 200;
    // Properties
    private final ObservableList<CommitmentRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<CommitmentRow> rows = new FilteredList<>(allRows);
    /** Busy while the rows load. */
    private final TaskStatus taskStatus = new TaskStatus();
    private final StringProperty summary = new SimpleStringProperty("");
    /** The commitment last selected in the table (kept across reloads and language switches). */
    private final ObjectProperty<Long> selectedCommitment = new SimpleObjectProperty<>();
    /** Why the table is empty: nothing stored yet, or nothing left by the filters. */
    private final StringProperty emptyMessage = new SimpleStringProperty("");
    /** True when there are commitments but the search and filters leave none. */
    private final BooleanProperty filteredOut = new SimpleBooleanProperty(false);

    // Filters
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<String> partnerChoices = FXCollections.observableArrayList();
    private final ObservableList<Sector> sectorChoices = FXCollections.observableArrayList();
    private final ObservableList<Agency> ownerChoices = FXCollections.observableArrayList();
    private final ObservableList<Status> statusChoices = FXCollections.observableArrayList(Status.values());
    private final ObservableList<String> selectedPartners = FXCollections.observableArrayList();
    private final ObservableList<Sector> selectedSectors = FXCollections.observableArrayList();
    private final ObservableList<Agency> selectedOwners = FXCollections.observableArrayList();
    private final ObservableList<Status> selectedStatuses = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> deadlineFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deadlineTo = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty dueThisQuarter = new SimpleBooleanProperty(false);
    /** Only these commitments (the start notice's "Show them"), or null; said by {@link #onlyLabel}. */
    private Set<Long> onlyIds;
    private final StringProperty onlyLabel = new SimpleStringProperty("");

    // step 13: search in both languages
    /** The switch beside the search field: the search also finds the glossary's terms in the other language. */
    private final BooleanProperty bothLanguages = new SimpleBooleanProperty(false);
    /** The glossary lines left out (file and line), one a line; "" when none or the switch is off. */
    private final StringProperty glossaryProblems = new SimpleStringProperty("");

    /** Only the commitments that repeat one of an earlier statement of the same partner. */
    private final BooleanProperty repeatedOnly = new SimpleBooleanProperty(false);

    private final Supplier<List<CommitmentOverview>> source;
    private final CommitmentSearch search;
    private final Supplier<Set<Long>> repeating;
    /** The ids of the commitments that repeat an earlier one, as last loaded. */
    private Set<Long> repeatingIds = Set.of();
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final DateTimeFormatter dateFormat;
    /** The ids the current search text matches; null when there is no search text. */
    private Set<Long> searchHits;
    /** Owners asked for (by code) before the choices were loaded: ticked once they are. */
    private Set<String> pendingOwners = Set.of();

    public CommitmentsViewModel(Supplier<List<CommitmentOverview>> source, Function<String, Set<Long>> search,
                                TaskRunner tasks, Messages messages, Clock clock) {
        this(source, (query, bothLanguages) -> search.apply(query), Set::of, tasks, messages, clock);
    }

    /** @param search the store's search, in one language or (with the switch on) both */
    public CommitmentsViewModel(Supplier<List<CommitmentOverview>> source, CommitmentSearch search,
                                TaskRunner tasks, Messages messages, Clock clock) {
        this(source, search, Set::of, tasks, messages, clock);
    }

    public CommitmentsViewModel(Supplier<List<CommitmentOverview>> source, Function<String, Set<Long>> search,
                                Supplier<Set<Long>> repeating, TaskRunner tasks, Messages messages, Clock clock) {
        this(source, (query, bothLanguages) -> search.apply(query), repeating, tasks, messages, clock);
    }

    /**
     * @param search    the store's search, in one language or (with the switch on) both
     * @param repeating the ids of the commitments that repeat one of an earlier statement of the same partner
     *                  (read with the rows, off the UI thread)
     */
    public CommitmentsViewModel(Supplier<List<CommitmentOverview>> source, CommitmentSearch search,
                                Supplier<Set<Long>> repeating, TaskRunner tasks, Messages messages, Clock clock) {
        this.source = source;
        this.repeating = repeating;
        this.search = search;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.dateFormat = DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale());
        refilterOnChange(selectedPartners);
        refilterOnChange(selectedSectors);
        refilterOnChange(selectedOwners);
        refilterOnChange(selectedStatuses);
        deadlineFrom.addListener((o, a, b) -> applyFilters());
        deadlineTo.addListener((o, a, b) -> applyFilters());
        overdueOnly.addListener((o, a, b) -> applyFilters());
        dueThisQuarter.addListener((o, a, b) -> applyFilters());
        repeatedOnly.addListener((o, a, b) -> applyFilters());
        searchText.addListener((o, a, b) -> runSearch(b));
        bothLanguages.addListener((o, a, on) -> {
            if (!on) {
                glossaryProblems.set("");
            }
            runSearch(searchText.get());
        });
        emptyMessage.set(messages.get("commitments.empty"));
    }

    private <T> void refilterOnChange(ObservableList<T> list) {
        list.addListener((ListChangeListener<T>) change -> applyFilters());
    }

    // Commands

    /** Reloads the rows from the store, off the UI thread. */
    public void refresh() {
        taskStatus.start();
        tasks.run(() -> rowsOf(source.get(), repeating.get()), this::show,
                failure -> taskStatus.fail(messages.format("commitments.loadFailed", messages.explain(failure))));
    }

    /**
     * Shows one commitment as now stored (after an edit) by replacing just its row: the other
     * rows, the selection, the sort and the filters stay; a row the filters no longer pass leaves
     * the list shown, and the summary counts follow. A commitment not in the table is left alone.
     */
    public void replace(CommitmentOverview changed) {
        for (int i = 0; i < allRows.size(); i++) {
            if (allRows.get(i).commitmentId() == changed.commitmentId()) {
                allRows.set(i, toRow(changed, LocalDate.now(clock), new java.util.HashMap<>()));
                if (searchHits != null) {
                    // The edit may have changed what the search finds (a next step, notes).
                    runSearch(searchText.get());
                }
                updateSummary();
                return;
            }
        }
    }

    /**
     * Reads again which commitments repeat an earlier one (an officer linked or unlinked a pair), off the UI
     * thread, and filters the rows by it.
     */
    public void repeatsChanged() {
        tasks.run(() -> Set.copyOf(repeating.get()), ids -> {
            repeatingIds = ids;
            applyFilters();
        }, failure -> taskStatus.showError(messages.format("commitments.loadFailed", messages.explain(failure))));
    }

    /**
     * Shows a few edited commitments as now stored (a bulk edit): each row is read alone off the
     * UI thread and replaced, as after an edit in the pane; beyond {@link #FEW_ROWS} the whole
     * table reloads, which is then the cheaper.
     */
    public void refreshRows(List<Long> ids, java.util.function.LongFunction<java.util.Optional<CommitmentOverview>> read) {
        if (ids.size() > FEW_ROWS) {
            refresh();
            return;
        }
        tasks.run(() -> ids.stream().map(read::apply).flatMap(java.util.Optional::stream).toList(),
                changed -> changed.forEach(this::replace),
                failure -> taskStatus.showError(messages.format("commitments.loadFailed", messages.explain(failure))));
    }

    /** Empties the search box and every filter. */
    public void clearFilters() {
        searchText.set("");
        selectedPartners.clear();
        selectedSectors.clear();
        pendingOwners = Set.of();
        selectedOwners.clear();
        selectedStatuses.clear();
        deadlineFrom.set(null);
        deadlineTo.set(null);
        overdueOnly.set(false);
        dueThisQuarter.set(false);
        repeatedOnly.set(false);
        showAll();
    }

    /**
     * Shows exactly these commitments, every other filter and the search cleared first (the start notice's
     * "Show them"); {@code label} says so above the table until {@link #showAll} or Clear filters.
     */
    public void showOnly(java.util.Collection<Long> ids, String label) {
        clearFilters();
        onlyIds = Set.copyOf(ids);
        onlyLabel.set(label);
        applyFilters();
    }

    /** Leaves the set of commitments {@link #showOnly} gave; the other filters stay. */
    public void showAll() {
        if (onlyIds != null) {
            onlyIds = null;
            onlyLabel.set("");
            applyFilters();
        }
    }

    /** Says the set {@link #showOnly} shows in other words (the window rebuilt in another language); nothing when none is. */
    public void relabelOnly(String label) {
        if (onlyIds != null) {
            onlyLabel.set(label);
        }
    }

    /** What {@link #showOnly} shows, in words; empty when the table is not narrowed to a set. */
    public ReadOnlyStringProperty onlyLabelProperty() {
        return onlyLabel;
    }

    /** Sets every filter and the search text to what a saved view holds. */
    public void applyFilter(CommitmentFilter filter, String search) {
        showAll();
        selectedPartners.setAll(filter.partners());
        selectedSectors.setAll(filter.sectors());
        pendingOwners = ownerChoices.isEmpty() ? Set.copyOf(filter.owners()) : Set.of();
        selectedOwners.setAll(ownerChoices.stream().filter(a -> filter.owners().contains(a.code())).toList());
        selectedStatuses.setAll(filter.statuses());
        deadlineFrom.set(filter.deadlineFrom());
        deadlineTo.set(filter.deadlineTo());
        overdueOnly.set(filter.overdueOnly());
        dueThisQuarter.set(filter.dueThisQuarter());
        repeatedOnly.set(filter.repeatedOnly());
        searchText.set(search == null ? "" : search);
    }

    /**
     * Takes over the search, the filters and the selected commitment of the table this one
     * replaces (the window rebuilt in another language).
     */
    public void carryOver(CommitmentsViewModel previous) {
        bothLanguages.set(previous.bothLanguages.get());
        applyFilter(previous.currentFilter(), previous.searchText.get());
        repeatedOnly.set(previous.repeatedOnly.get());
        selectedCommitment.set(previous.selectedCommitment.get());
        onlyIds = previous.onlyIds;
        onlyLabel.set(previous.onlyLabel.get());
        applyFilters();
    }

    /** The filters as chosen now (search text apart). */
    public CommitmentFilter currentFilter() {
        Set<String> owners = new HashSet<>(pendingOwners);
        selectedOwners.forEach(a -> owners.add(a.code()));
        return new CommitmentFilter(new HashSet<>(selectedPartners), new HashSet<>(selectedSectors), owners,
                new HashSet<>(selectedStatuses), deadlineFrom.get(), deadlineTo.get(), overdueOnly.get(),
                dueThisQuarter.get(), repeatedOnly.get());
    }

    /**
     * Sets the switch "both languages" as the officer left it, and has {@code remember} keep each later
     * change of it (off the UI thread: it writes the settings).
     */
    public void rememberBothLanguages(boolean on, java.util.function.Consumer<Boolean> remember) {
        bothLanguages.set(on);
        bothLanguages.addListener((o, was, is) -> {
            try {
                tasks.run(() -> {
                    remember.accept(is);
                    return is;
                }, saved -> { }, failure -> taskStatus.showError(messages.explain(failure)));
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // The app is closing: the switch is not kept.
            }
        });
    }

    private record Found(Set<Long> hits, List<org.commitmentstracker.model.Explanation> problems) {
    }

    private void runSearch(String text) {
        if (text == null || text.isBlank()) {
            searchHits = null;
            applyFilters();
            return;
        }
        boolean both = bothLanguages.get();
        tasks.run(() -> new Found(search.find(text, both), both ? search.glossaryProblems() : List.of()), found -> {
            // Results of an older query (or of the switch as it was) that arrive late are dropped.
            if (text.equals(searchText.get()) && both == bothLanguages.get()) {
                searchHits = found.hits();
                glossaryProblems.set(String.join("\n", found.problems().stream().map(messages::say).toList()));
                applyFilters();
            }
        }, failure -> taskStatus.showError(messages.format("commitments.searchFailed", messages.explain(failure))));
    }

    private void applyFilters() {
        CommitmentFilter filter = currentFilter();
        LocalDate today = LocalDate.now(clock);
        Set<Long> hits = searchHits;
        Set<Long> only = onlyIds;
        Set<Long> repeated = repeatedOnly.get() ? repeatingIds : null;
        rows.setPredicate(row -> (hits == null || hits.contains(row.commitmentId()))
                && (only == null || only.contains(row.commitmentId()))
                && (repeated == null || repeated.contains(row.commitmentId())) && filter.test(row.source(), today));
        updateSummary();
    }

    /** The rows as loaded, with the filters' choices they offer. */
    private record Loaded(List<CommitmentRow> rows, List<String> partners, List<Sector> sectors, List<Agency> owners,
                          Set<Long> repeating) {
    }

    /**
     * On the store's worker: at 100,000 commitments making the rows takes a few hundred ms, and the filters' choices
     * tens more.
     */
    private Loaded rowsOf(List<CommitmentOverview> overviews, Set<Long> repeating) {
        LocalDate today = LocalDate.now(clock);
        // Rows of one statement share their partners, and dates repeat: each label is made once.
        java.util.Map<Object, String> labels = new java.util.HashMap<>();
        List<CommitmentRow> rows = overviews.stream().map(o -> toRow(o, today, labels)).toList();
        Set<String> partners = new TreeSet<>();
        Set<Sector> sectors = new TreeSet<>();
        java.util.Map<String, Agency> owners = new java.util.TreeMap<>();
        for (CommitmentOverview o : overviews) {
            partners.addAll(o.partners());
            if (o.sector() != null) {
                sectors.add(o.sector());
            }
            if (o.owner() != null) {
                owners.put(o.owner().name(messages.language()), o.owner());
            }
        }
        // In the order of the names shown ("Hung-ga-ri" after "Chi-lê" in Vietnamese, whatever the stored name).
        java.text.Collator collator = java.text.Collator.getInstance(messages.locale());
        return new Loaded(rows, partners.stream().sorted(java.util.Comparator.comparing(messages::partner, collator))
                .toList(), List.copyOf(sectors), List.copyOf(owners.values()), Set.copyOf(repeating));
    }

    private void show(Loaded loaded) {
        repeatingIds = loaded.repeating();
        allRows.setAll(loaded.rows());
        showChoices(loaded);
        applyFilters();
        taskStatus.finish();
    }

    private void showChoices(Loaded loaded) {
        partnerChoices.setAll(loaded.partners());
        sectorChoices.setAll(loaded.sectors());
        ownerChoices.setAll(loaded.owners());
        if (!pendingOwners.isEmpty()) {
            Set<String> wanted = pendingOwners;
            pendingOwners = Set.of();
            selectedOwners.setAll(ownerChoices.stream().filter(a -> wanted.contains(a.code())).toList());
        }
    }

    private void updateSummary() {
        filteredOut.set(rows.isEmpty() && !allRows.isEmpty());
        emptyMessage.set(filteredOut.get() ? messages.get("commitments.noMatch") : messages.get("commitments.empty"));
        long overdue = rows.stream().filter(r -> r.deadlineState() == DeadlineState.OVERDUE).count();
        summary.set(rows.size() == allRows.size()
                ? messages.format("commitments.summary", rows.size(), overdue)
                : messages.format("commitments.summaryFiltered", rows.size(), allRows.size(), overdue));
    }

    private CommitmentRow toRow(CommitmentOverview o, LocalDate today, java.util.Map<Object, String> labels) {
        String partners = labels.computeIfAbsent(o.partners(), p -> messages.partners(o.partners()));
        String owner = o.owner() == null ? messages.agency(null)
                : labels.computeIfAbsent(o.owner(), a -> messages.agency(o.owner()));
        return new CommitmentRow(o, o.commitmentId(), o.statementTitle(), partners, o.ref(), o.text(), owner,
                o.status(), statusLabel(o.status()), o.deadline(), dateLabel(o.deadline(), labels),
                DeadlineState.of(o.status(), o.deadline(), today), dateLabel(o.statementDate(), labels),
                messages.sector(o.sector()));
    }

    private String dateLabel(LocalDate date, java.util.Map<Object, String> labels) {
        return date == null ? "" : labels.computeIfAbsent(date, d -> dateFormat.format(date));
    }

    public String statusLabel(Status status) {
        return messages.status(status);
    }

    public String sectorLabel(Sector sector) {
        return messages.sector(sector);
    }

    /** A partner in the UI's language; the filter keeps the stored name. */
    public String partnerLabel(String storedName) {
        return messages.partner(storedName);
    }

    public String ownerLabel(Agency agency) {
        return messages.agency(agency);
    }

    // Accessors for the view

    public ObservableList<CommitmentRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return taskStatus.busyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return taskStatus.errorProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObjectProperty<Long> selectedCommitmentProperty() {
        return selectedCommitment;
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage;
    }

    public ReadOnlyBooleanProperty filteredOutProperty() {
        return filteredOut;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanProperty bothLanguagesProperty() {
        return bothLanguages;
    }

    public ReadOnlyStringProperty glossaryProblemsProperty() {
        return glossaryProblems;
    }

    public ObservableList<String> partnerChoices() {
        return partnerChoices;
    }

    public ObservableList<Sector> sectorChoices() {
        return sectorChoices;
    }

    public ObservableList<Agency> ownerChoices() {
        return ownerChoices;
    }

    public ObservableList<Status> statusChoices() {
        return statusChoices;
    }

    public ObservableList<String> selectedPartners() {
        return selectedPartners;
    }

    public ObservableList<Sector> selectedSectors() {
        return selectedSectors;
    }

    public ObservableList<Agency> selectedOwners() {
        return selectedOwners;
    }

    public ObservableList<Status> selectedStatuses() {
        return selectedStatuses;
    }

    public ObjectProperty<LocalDate> deadlineFromProperty() {
        return deadlineFrom;
    }

    public ObjectProperty<LocalDate> deadlineToProperty() {
        return deadlineTo;
    }

    public BooleanProperty repeatedOnlyProperty() {
        return repeatedOnly;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public BooleanProperty dueThisQuarterProperty() {
        return dueThisQuarter;
    }
}
