package org.commitmentstracker.ui.dashboard;

import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.StatusPalette;
import org.commitmentstracker.ui.Messages;

/** Key figures, charts by status, partner and owner, and the next deadlines. Binds to {@link DashboardViewModel}. */
public final class DashboardView extends ScrollPane {

    public DashboardView(DashboardViewModel vm, Messages messages) {
        HBox tiles = new HBox(12,
                tile("dashboardTotal", messages.get("dashboard.total"), vm.totalProperty(), ""),
                tile("dashboardOverdue", messages.get("dashboard.overdue"), vm.overdueProperty(), "tile-danger"),
                tile("dashboardDueSoon", messages.get("dashboard.dueSoon"), vm.dueSoonProperty(), "tile-warning"),
                tile("dashboardCompleted", messages.get("dashboard.completed"), vm.completedProperty(), "tile-success"));

        PieChart statuses = new PieChart();
        // Slices drawn at once: an animation would only delay the figures the officer opened the window for.
        statuses.setAnimated(false);
        statuses.setId("statusChart");
        statuses.setTitle(messages.get("dashboard.byStatus"));
        // JavaFX's legend colours by position, which moves when a status comes or goes: ours is by status.
        statuses.setLegendVisible(false);
        statuses.setPrefSize(380, 280);
        FlowPane legend = new FlowPane(14, 4);
        legend.setId("statusLegend");
        legend.setAccessibleText(messages.get("dashboard.legend"));
        legend.setPadding(new Insets(0, 0, 0, 24));
        legend.setPrefWrapLength(360);
        Runnable showStatuses = () -> {
            ObservableList<PieChart.Data> slices = statuses.getData();
            if (slices.size() == vm.byStatus().size()) {
                // PieChart places the labels only when their geometry changed (it compares positions, not the
                // Text nodes): new slices where the old ones were kept their labels in the chart's top left corner.
                // As many slices as before are kept and given their new words, values and colours instead.
                for (int i = 0; i < slices.size(); i++) {
                    Map.Entry<Status, Integer> e = vm.byStatus().get(i);
                    PieChart.Data slice = slices.get(i);
                    slice.setName(vm.statusLabel(e.getKey()) + " (" + e.getValue() + ")");
                    slice.setPieValue(e.getValue());
                    if (slice.getNode() != null) {
                        slice.getNode().setStyle(style("-fx-pie-color", StatusPalette.colour(e.getKey())));
                    }
                }
            } else {
                slices.setAll(vm.byStatus().stream().map(e -> {
                    PieChart.Data slice = new PieChart.Data(vm.statusLabel(e.getKey()) + " (" + e.getValue() + ")",
                            e.getValue());
                    paint(slice.nodeProperty(), slice.getNode(), "-fx-pie-color", StatusPalette.colour(e.getKey()));
                    return slice;
                }).toList());
            }
            legend.getChildren().setAll(vm.byStatus().stream()
                    .map(e -> legendItem(e.getKey(), vm.statusLabel(e.getKey()) + " (" + e.getValue() + ")")).toList());
        };
        vm.byStatus().addListener((ListChangeListener<Map.Entry<Status, Integer>>) c -> showStatuses.run());


        BarChart<Number, String> partners = progressChart("partnerChart", messages.get("dashboard.byPartner"), messages);
        vm.byPartner().addListener((ListChangeListener<CompletionBar>) c -> fill(partners, vm.byPartner(), messages));
        BarChart<Number, String> owners = progressChart("ownerChart", messages.get("dashboard.byOwner"), messages);
        vm.byOwner().addListener((ListChangeListener<CompletionBar>) c -> fill(owners, vm.byOwner(), messages));
        if (vm.loadedProperty().get()) {
            // Built when its tab is first shown, which may be after the figures came in.
            showStatuses.run();
            fill(partners, vm.byPartner(), messages);
            fill(owners, vm.byOwner(), messages);
        }

        ListView<DeadlineItem> deadlines = new ListView<>(vm.nextDeadlines());
        deadlines.setId("nextDeadlines");
        deadlines.setPrefHeight(260);
        deadlines.setCellFactory(l -> new DeadlineCell());
        deadlines.setPlaceholder(new Label(messages.get("dashboard.noDeadlines")));
        Label deadlinesTitle = new Label(messages.get("dashboard.nextDeadlines"));
        deadlinesTitle.getStyleClass().add("detail-section");

        GridPane charts = new GridPane();
        charts.setHgap(12);
        charts.setVgap(12);
        charts.add(new VBox(4, statuses, legend), 0, 0);
        VBox next = new VBox(6, deadlinesTitle, deadlines);
        charts.add(next, 1, 0);
        GridPane.setHgrow(next, Priority.ALWAYS);
        charts.add(partners, 0, 1);
        charts.add(owners, 1, 1);
        // Each bar chart as tall as its bars need, not stretched to its neighbour's height.
        for (BarChart<Number, String> chart : java.util.List.of(partners, owners)) {
            chart.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            GridPane.setValignment(chart, javafx.geometry.VPos.TOP);
        }
        GridPane.setHgrow(deadlines, Priority.ALWAYS);
        VBox content = new VBox(16, tiles, charts);
        content.setPadding(new Insets(16));
        setContent(content);
        setFitToWidth(true);
    }

    /**
     * Colours a chart's mark (a slice, a bar) flat with {@code colour} (the theme's gradient would
     * shift it): now if it is drawn, else once it is.
     */
    private static void paint(javafx.beans.value.ObservableValue<javafx.scene.Node> node, javafx.scene.Node now,
                              String property, String colour) {
        String style = style(property, colour);
        if (now != null) {
            now.setStyle(style);
        }
        node.addListener((o, was, is) -> {
            if (is != null) {
                is.setStyle(style);
            }
        });
    }

    private static String style(String property, String colour) {
        return property + ": " + colour + "; -fx-background-color: " + colour + ";";
    }

    /** A status's colour beside its word. */
    private static Label legendItem(Status status, String text) {
        Rectangle swatch = new Rectangle(12, 12, Color.web(StatusPalette.colour(status)));
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        Label item = new Label(text, swatch);
        item.getStyleClass().add("status-legend-item");
        item.setUserData(status);
        return item;
    }

    private static VBox tile(String id, String title, javafx.beans.value.ObservableNumberValue value, String style) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("tile-number");
        number.textProperty().bind(javafx.beans.binding.Bindings.convert(value));
        Label caption = new Label(title);
        caption.getStyleClass().add("muted-text");
        VBox tile = new VBox(2, number, caption);
        tile.getStyleClass().addAll("tile", style);
        tile.setPadding(new Insets(12, 18, 12, 18));
        return tile;
    }

    /** Horizontal bars: the names (long agency names) read along the bars, not squeezed under them. */
    private static BarChart<Number, String> progressChart(String id, String title, Messages messages) {
        NumberAxis percent = new NumberAxis(0, 100, 25);
        percent.setLabel(messages.get("dashboard.percentCompleted"));
        BarChart<Number, String> chart = new BarChart<>(percent, new CategoryAxis());
        chart.setId(id);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(560, 220);
        return chart;
    }

    private static void fill(BarChart<Number, String> chart, java.util.List<CompletionBar> bars, Messages messages) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (CompletionBar bar : bars) {
            XYChart.Data<Number, String> item = new XYChart.Data<>(Math.round(bar.share() * 100),
                    bar.name() + " (" + bar.completed() + "/" + bar.total() + ")");
            // The share completed, in the Completed colour (the axis says "% completed").
            paint(item.nodeProperty(), item.getNode(), "-fx-bar-fill", StatusPalette.colour(Status.COMPLETED));
            series.getData().add(item);
        }
        chart.getData().setAll(java.util.List.of(series));
        // Bars of a sensible thickness, whether there are two partners or twenty.
        chart.setPrefHeight(Math.max(160, 90 + 30 * bars.size()));
    }

    /** Date, partner and reference, then the text; overdue ones in red. */
    private static final class DeadlineCell extends ListCell<DeadlineItem> {
        @Override
        protected void updateItem(DeadlineItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label when = new Label(item.date() + " · " + item.partners() + " · " + item.ref() + " · " + item.owner());
            when.getStyleClass().add(item.overdue() ? "deadline-overdue" : "muted-text");
            Label text = new Label(item.text());
            // As wide as the list: the text ends in "…" at its edge, with no sideways scrolling.
            text.maxWidthProperty().bind(widthProperty().subtract(24));
            text.setMinWidth(0);
            setPrefWidth(0);
            setGraphic(new VBox(2, when, text));
        }
    }
}
