package org.commitmentstracker.ui.commitments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.commitmentstracker.ui.TaskRunner;

/**
 * How the officer left the Commitments tab: the detail pane open or closed, where its divider
 * stands, which columns show and how wide they are. Read when the window is built, written
 * (off the UI thread) when changed, so the next start looks the same.
 */
public final class TableLayoutViewModel {
    /** The share of the width the table takes while the detail pane is open. */
    public static final double DEFAULT_DIVIDER = 0.7;
    static final String DETAIL_OPEN = "detailOpen";
    static final String DIVIDER = "divider";

    private final BooleanProperty detailOpen = new SimpleBooleanProperty(true);
    private final DoubleProperty divider = new SimpleDoubleProperty(DEFAULT_DIVIDER);
    private final Map<String, BooleanProperty> columnVisible = new LinkedHashMap<>();
    private final Map<String, DoubleProperty> columnWidth = new LinkedHashMap<>();
    private final Map<String, String> remembered;
    private final Consumer<Map<String, String>> store;
    private final TaskRunner tasks;

    /**
     * @param load  the layout remembered (keys as {@link #toMap()} writes them); empty the first time
     * @param store remembers a layout (writes a file)
     */
    public TableLayoutViewModel(Supplier<Map<String, String>> load, Consumer<Map<String, String>> store,
                                TaskRunner tasks) {
        this.store = store;
        this.tasks = tasks;
        this.remembered = new LinkedHashMap<>(load.get());
        detailOpen.set(!"false".equals(remembered.get(DETAIL_OPEN)));
        divider.set(fraction(remembered.get(DIVIDER), DEFAULT_DIVIDER));
        // Opening or closing the pane is a deliberate choice: kept at once.
        detailOpen.addListener((o, was, is) -> save());
    }

    // Commands

    /** Opens the detail pane when it is closed, closes it when open. */
    public void toggleDetail() {
        detailOpen.set(!detailOpen.get());
    }

    /** Remembers the layout as it is now, for the next start. */
    public void save() {
        Map<String, String> layout = toMap();
        try {
            tasks.run(() -> {
                store.accept(layout);
                return layout;
            }, saved -> { }, failure -> { });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // The app is closing: a divider moved in its last moment is not kept; closing the pane was.
        }
    }

    /** The layout as key and value, as {@code store} gets it. */
    public Map<String, String> toMap() {
        Map<String, String> layout = new LinkedHashMap<>(remembered);
        layout.put(DETAIL_OPEN, Boolean.toString(detailOpen.get()));
        layout.put(DIVIDER, Double.toString(divider.get()));
        columnVisible.forEach((id, visible) -> layout.put("column." + id + ".visible", Boolean.toString(visible.get())));
        columnWidth.forEach((id, width) -> layout.put("column." + id + ".width", Long.toString(Math.round(width.get()))));
        return layout;
    }

    // Accessors for the view

    public BooleanProperty detailOpenProperty() {
        return detailOpen;
    }

    /** Where the divider between table and detail pane stands, as a share of the width (0 to 1). */
    public DoubleProperty dividerProperty() {
        return divider;
    }

    /** Whether the column {@code id} shows (shown unless the officer hid it); a change is kept at once. */
    public BooleanProperty columnVisibleProperty(String id) {
        return columnVisible.computeIfAbsent(id, key -> {
            BooleanProperty visible = new SimpleBooleanProperty(!"false".equals(remembered.get("column." + key + ".visible")));
            visible.addListener((o, was, is) -> save());
            return visible;
        });
    }

    /** The width the officer gave column {@code id}, else {@code standard}. */
    public DoubleProperty columnWidthProperty(String id, double standard) {
        return columnWidth.computeIfAbsent(id, key -> new SimpleDoubleProperty(
                positive(remembered.get("column." + key + ".width"), standard)));
    }

    private static double fraction(String value, double fallback) {
        double v = number(value, fallback);
        return v > 0.2 && v < 0.95 ? v : fallback;
    }

    private static double positive(String value, double fallback) {
        double v = number(value, fallback);
        return v > 0 ? v : fallback;
    }

    private static double number(String value, double fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
