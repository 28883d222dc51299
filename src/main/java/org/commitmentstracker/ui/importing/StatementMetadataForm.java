package org.commitmentstracker.ui.importing;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.commitmentstracker.ui.LabelConverter;
import org.commitmentstracker.ui.LocalDateConverter;
import org.commitmentstracker.ui.Messages;

/** The top of the review: the selected statement's title, partners, date, language, relationship and place. */
final class StatementMetadataForm extends GridPane {
    private final Messages messages;
    private final SelectionBindings bindings = new SelectionBindings();
    private final TextField title = new TextField();
    private final TextField partners = new TextField();
    private final DatePicker date = new DatePicker();
    private final TextField place = new TextField();
    private final ComboBox<String> language = new ComboBox<>();
    private final TextField relationship = new TextField();

    /** @param editable whether the selected statement may still be changed */
    StatementMetadataForm(ImportReviewViewModel vm, Messages messages, BooleanBinding editable) {
        this.messages = messages;
        title.setId("reviewTitle");
        partners.setId("reviewPartners");
        partners.setPromptText(messages.get("review.meta.partners.prompt"));
        date.setId("reviewDate");
        date.setConverter(new LocalDateConverter(messages));
        place.setId("reviewPlace");
        language.setId("reviewLanguage");
        language.getItems().setAll(vm.languages());
        language.setConverter(new LabelConverter<>(vm::languageLabel));
        relationship.setId("reviewRelationship");
        setHgap(8);
        setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(label, wide, label, new ColumnConstraints(), label, new ColumnConstraints());
        addField(0, 0, "review.meta.title", title);
        GridPane.setColumnSpan(title, 5);
        addField(0, 1, "review.meta.partners", partners);
        addField(2, 1, "review.meta.date", date);
        addField(4, 1, "review.meta.language", language);
        addField(0, 2, "review.meta.relationship", relationship);
        addField(2, 2, "review.meta.place", place);
        GridPane.setColumnSpan(place, 3);
        date.setPrefWidth(150);
        language.setPrefWidth(140);
        date.setMaxWidth(Double.MAX_VALUE);
        language.setMaxWidth(Double.MAX_VALUE);
        disableProperty().bind(editable.not());
    }

    /** Shows (and edits) this statement's metadata; with none, the fields keep their text but edit nothing. */
    void show(StatementReview statement) {
        bindings.unbindAll();
        if (statement == null) {
            return;
        }
        bindings.bind(title.textProperty(), statement.titleProperty());
        bindings.bind(partners.textProperty(), statement.partnersProperty());
        bindings.bind(date.valueProperty(), statement.dateProperty());
        bindings.bind(place.textProperty(), statement.placeProperty());
        bindings.bind(language.valueProperty(), statement.languageProperty());
        bindings.bind(relationship.textProperty(), statement.relationshipProperty());
    }

    private void addField(int column, int row, String key, Node field) {
        field.setAccessibleText(messages.get(key));
        add(ReviewLabels.field(messages.get(key), field), column, row);
        add(field, column + 1, row);
    }
}
