package org.commitmentstracker.report;

/** A report as a Word document: the same period, scope, language and header as the workbook, and the letter parts. */
public record WordReportRequest(ReportRequest report, WordLetter letter) {
}
