package org.commitmentstracker.report;

/** Told how far a report has got; asked whether to stop. Called from the thread that writes. */
public interface ReportProgress {
    /** @param done commitments written so far, of {@code total} */
    void written(long done, long total);

    boolean cancelled();

    ReportProgress NONE = new ReportProgress() {
        @Override
        public void written(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
