package org.commitmentstracker.ui.statements;

import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.NoticeBar;

/**
 * The offer to remove the sample, across the top of the window after the first import of a
 * statement of the officer's own: asked once, without stopping the officer's work. Binds to
 * {@link StatementsViewModel}.
 */
public final class SampleOfferBar extends NoticeBar {

    public SampleOfferBar(StatementsViewModel vm, Messages messages) {
        super("sampleOffer", "sample-offer", vm.sampleOfferProperty(),
                button("removeSampleButton", messages.get("sample.remove"), vm::removeSample),
                button("keepSampleButton", messages.get("sample.keep"), vm::keepSample));
    }
}
