package org.commitmentstracker.ui.statements;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.commitmentstracker.ui.Messages;

/**
 * The offer to remove the sample, across the top of the window after the first import of a
 * statement of the officer's own: asked once, without stopping the officer's work. Binds to
 * {@link StatementsViewModel}.
 */
public final class SampleOfferBar extends HBox {

    public SampleOfferBar(StatementsViewModel vm, Messages messages) {
        super(10);
        setId("sampleOffer");
        getStyleClass().add("sample-offer");
        setAlignment(Pos.CENTER_LEFT);
        Label question = new Label();
        question.setId("sampleOfferText");
        question.setWrapText(true);
        question.textProperty().bind(vm.sampleOfferProperty());
        HBox.setHgrow(question, Priority.ALWAYS);
        question.setMaxWidth(Double.MAX_VALUE);
        Button remove = new Button(messages.get("sample.remove"));
        remove.setId("removeSampleButton");
        remove.setDefaultButton(false);
        remove.setOnAction(e -> vm.removeSample());
        remove.setMinWidth(USE_PREF_SIZE);
        Button keep = new Button(messages.get("sample.keep"));
        keep.setId("keepSampleButton");
        keep.setOnAction(e -> vm.keepSample());
        keep.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(question, remove, keep);
        managedProperty().bind(vm.sampleOfferProperty().isNotEmpty());
        visibleProperty().bind(managedProperty());
    }
}
