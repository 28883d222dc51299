package org.commitmentstracker.ui.dashboard;

/** How far one partner's or one owner's commitments have come. */
public record CompletionBar(String name, int completed, int total) {

    public double share() {
        return total == 0 ? 0 : (double) completed / total;
    }
}
