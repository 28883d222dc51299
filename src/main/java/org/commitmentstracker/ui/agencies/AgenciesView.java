package org.commitmentstracker.ui.agencies;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.ui.LabelConverter;
import org.commitmentstracker.ui.Messages;

/** The agency directory (with a form to add or rename) and the sector-to-owner table. Binds to its ViewModel. */
public final class AgenciesView extends SplitPane {

    public AgenciesView(AgenciesViewModel vm, Messages messages) {
        TableView<Agency> agencies = new TableView<>(vm.agencies());
        agencies.setId("agencyTable");
        // Not JavaFX's English "No content in table" while the directory loads.
        agencies.setPlaceholder(new Label(messages.get("agencies.empty")));
        agencies.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        agencies.getColumns().setAll(java.util.List.of(
                column(messages.get("agencies.code"), Agency::code, 90),
                column(messages.get("agencies.nameVi"), Agency::nameVi, 260),
                column(messages.get("agencies.nameEn"), Agency::nameEn, 260)));
        agencies.getSelectionModel().selectedItemProperty().addListener((o, old, agency) -> vm.edit(agency));

        TextField code = field("agencyCode", messages.get("agencies.code"), 90);
        code.textProperty().bindBidirectional(vm.codeProperty());
        TextField vi = field("agencyNameVi", messages.get("agencies.nameVi"), 230);
        vi.textProperty().bindBidirectional(vm.nameViProperty());
        TextField en = field("agencyNameEn", messages.get("agencies.nameEn"), 230);
        en.textProperty().bindBidirectional(vm.nameEnProperty());
        Button save = new Button(messages.get("agencies.save"));
        save.setId("saveAgency");
        save.setOnAction(e -> vm.saveAgency());
        Label message = new Label();
        message.setId("agenciesMessage");
        message.textProperty().bind(vm.messageProperty());
        FlowPane form = new FlowPane(8, 6, code, vi, en, save, message);
        VBox left = new VBox(8, agencies, form);
        VBox.setVgrow(agencies, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        TableView<SectorOwnerRow> sectors = new TableView<>(vm.sectorOwners());
        sectors.setId("sectorOwnerTable");
        sectors.setPlaceholder(new Label(messages.get("agencies.empty")));
        sectors.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SectorOwnerRow, String> sector = new TableColumn<>(messages.get("column.sector"));
        sector.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label()));
        sector.setPrefWidth(220);
        sector.setMaxWidth(260);
        TableColumn<SectorOwnerRow, SectorOwnerRow> owner = new TableColumn<>(messages.get("agencies.suggestedOwner"));
        owner.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        owner.setCellFactory(c -> new OwnerCell(vm));
        sectors.getColumns().setAll(java.util.List.of(sector, owner));
        Label sectorsTitle = new Label(messages.get("agencies.sectorTable"));
        sectorsTitle.getStyleClass().add("detail-section");
        VBox right = new VBox(8, sectorsTitle, sectors);
        VBox.setVgrow(sectors, Priority.ALWAYS);
        right.setPadding(new Insets(8));
        getItems().addAll(left, right);
        setDividerPositions(0.55);
    }

    private static TableColumn<Agency, String> column(String title, java.util.function.Function<Agency, String> value,
                                                      double width) {
        TableColumn<Agency, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TextField field(String id, String prompt, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.setPrefWidth(width);
        return field;
    }

    /** A drop-down of agencies; choosing one saves it as the sector's suggested owner. */
    private static final class OwnerCell extends TableCell<SectorOwnerRow, SectorOwnerRow> {
        private final ComboBox<Agency> combo;
        private SectorOwnerRow bound;

        OwnerCell(AgenciesViewModel vm) {
            combo = new ComboBox<>(vm.agencies());
            combo.setConverter(new LabelConverter<>(vm::agencyLabel));
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setOnAction(e -> {
                // equals, not identity: a reloaded directory holds equal but new agencies, which are no choice.
                if (bound != null && combo.getValue() != null && !combo.getValue().equals(bound.ownerProperty().get())) {
                    bound.ownerProperty().set(combo.getValue());
                    vm.saveSectorOwner(bound);
                }
            });
        }

        @Override
        protected void updateItem(SectorOwnerRow row, boolean empty) {
            super.updateItem(row, empty);
            bound = null;
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            combo.setValue(row.ownerProperty().get());
            bound = row;
            setGraphic(combo);
        }
    }
}
