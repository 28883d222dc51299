package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.file.Path;
import org.commitmentstracker.report.ReportHeader;
import org.commitmentstracker.report.ReportProgress;
import org.commitmentstracker.report.WordLetter;
import org.commitmentstracker.report.WordReportRequest;
import org.commitmentstracker.report.WordSummary;

/** What the Word report dialog needs: {@link ReportService}, or a test double. Every method touches the store: off the UI thread. */
public interface WordExports {
    /** The header and letter parts typed last time. */
    Saved saved();

    /** Writes the report as a Word document, keeping its header and letter parts (not the proposals) for next time. */
    WordSummary writeWord(WordReportRequest request, Path out, ReportProgress progress) throws IOException;

    record Saved(ReportHeader header, WordLetter letter) {
    }
}
