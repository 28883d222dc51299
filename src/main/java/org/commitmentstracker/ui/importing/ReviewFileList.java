package org.commitmentstracker.ui.importing;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import org.commitmentstracker.ui.Messages;

/** The left of the review: the files of the batch, each with where it stands; choosing one shows it. */
final class ReviewFileList extends VBox {
    private final ImportReviewViewModel vm;

    ReviewFileList(ImportReviewViewModel vm, Messages messages) {
        super(6);
        this.vm = vm;
        ListView<StatementReview> files = new ListView<>(vm.statements());
        files.setId("reviewFiles");
        files.setAccessibleText(messages.get("review.files"));
        files.setPlaceholder(new Label(messages.get("review.empty")));
        files.setCellFactory(l -> new FileCell(l));
        files.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, old, now) -> files.getSelectionModel().select(now));
        getChildren().setAll(ReviewLabels.section(messages.get("review.files"), files), files);
        VBox.setVgrow(files, Priority.ALWAYS);
        setPadding(new Insets(8, 0, 0, 10));
        setPrefWidth(210);
    }

    /** A file: its name on top, where it stands below. */
    private final class FileCell extends ListCell<StatementReview> {
        private final ListView<StatementReview> list;

        FileCell(ListView<StatementReview> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(StatementReview item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            // A name is never broken mid-word: shortened in the middle, whole with its folder in the tooltip.
            Label name = new Label(vm.shownName(item));
            name.setId("reviewFileName");
            name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            name.setEllipsisString("…");
            name.setMinWidth(0);
            name.maxWidthProperty().bind(list.widthProperty().subtract(30));
            name.setTooltip(new Tooltip(item.pasted() ? vm.shownName(item) : item.location()));
            name.getStyleClass().add("file-name");
            Label state = new Label(vm.stateLabel(item));
            state.setWrapText(true);
            state.prefWidthProperty().bind(list.widthProperty().subtract(30));
            state.maxWidthProperty().bind(state.prefWidthProperty());
            state.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            state.getStyleClass().add(switch (item.state()) {
                case UNREADABLE, FAILED -> "error-text";
                case SAVED -> "success-text";
                default -> "muted-text";
            });
            setGraphic(new VBox(2, name, state));
        }
    }
}
