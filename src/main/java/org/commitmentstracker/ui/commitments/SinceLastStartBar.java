package org.commitmentstracker.ui.commitments;

import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.NoticeBar;

/**
 * Across the top of the window at start: what became overdue or falls due within 14 days since the last start,
 * "Show them" and Close. It does not stop the officer's work. Binds to {@link SinceLastStartViewModel}.
 */
public final class SinceLastStartBar extends NoticeBar {

    /** @param showTable brings the commitments table to the front, where "Show them" narrows it */
    public SinceLastStartBar(SinceLastStartViewModel vm, Messages messages, Runnable showTable) {
        super("sinceLastStart", "since-last-start", vm.textProperty(),
                button("showChangedButton", messages.get("away.show"), () -> {
                    vm.showThem();
                    showTable.run();
                }),
                button("closeSinceLastStartButton", messages.get("away.close"), vm::close));
    }
}
