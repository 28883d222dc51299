package org.commitmentstracker.report;

/** The officer stopped the report; nothing was written. */
public final class ReportCancelledException extends RuntimeException {
    public ReportCancelledException() {
        super("the report was stopped; no file was written");
    }
}
