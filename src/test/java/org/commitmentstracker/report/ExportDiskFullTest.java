package org.commitmentstracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.ReportScope;
import org.commitmentstracker.reliability.FaultLog;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.ReportQueries;
import org.commitmentstracker.store.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up while a report or an update form is written: the hidden file's stream fails
 * as the OS does ("No space left on device") after some bytes really reached the disk. The user
 * is told which file, nothing half-written is left, an older file at the target is untouched, and
 * the store is as it was (an export only reads it).
 */
class ExportDiskFullTest {
    /** Bytes that reach the disk before it is full: part of a workbook, never all of it. */
    static final int ROOM = 2048;

    @TempDir
    Path dir;
    Path out;
    StoreFixture store;
    ReportQueries queries;

    @BeforeEach
    void twoOwnersWithOpenCommitments() throws IOException {
        out = Files.createDirectories(dir.resolve("out"));
        store = new StoreFixture(dir.resolve("data"));
        new BundledAgencies(store.agencies).loadIfEmpty();
        store.statements.insert(StoreFixture.smallStatement("Trade with Chile.", "MOIT"));
        store.statements.insert(StoreFixture.smallStatement("Science with Chile.", "MOST"));
        queries = new ReportQueries(store.workspace.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aReportOnAFullDiskIsNamedAndLeavesNoFile() throws IOException {
        String before = storeContent();
        Path target = out.resolve("q3.xlsx");
        QuarterlyReport report = new QuarterlyReport(queries, store.clock, new WholeFile(FullDisk.after(ROOM)));

        assertThatThrownBy(() -> report.write(request(), target, ReportProgress.NONE))
                .isInstanceOf(IOException.class)
                .hasMessage("No space left on device; no file was left there");

        assertThat(filesIn(out)).as("no report, no hidden part file").isEmpty();
        assertThat(storeContent()).isEqualTo(before);
    }

    @Test
    void anOlderReportAtTheTargetIsLeftAsItWas() throws IOException {
        Path target = out.resolve("q3.xlsx");
        new QuarterlyReport(queries, store.clock).write(request(), target, ReportProgress.NONE);
        byte[] older = Files.readAllBytes(target);
        QuarterlyReport report = new QuarterlyReport(queries, store.clock, new WholeFile(FullDisk.after(ROOM)));

        IOException thrown = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> report.write(request(), target, ReportProgress.NONE));
        assertThat(thrown).hasMessage("No space left on device; the file already there was left as it was");

        assertThat(target).hasBinaryContent(older);
        assertThat(filesIn(out)).containsExactly("q3.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(target))) {
            assertThat(book.getNumberOfSheets()).isPositive();
        }
        // The app shows it as "The report was not written: q3.xlsx: <message>"; `export` as "<path>: the report
        // could not be written (<message>)".
        FaultLog.record("disk full during report export", "refused; an older report at the target untouched, "
                + "no part file left, store unchanged", "q3.xlsx: " + thrown.getMessage());
    }

    @Test
    void formsOnADiskThatFillsUpNameTheFormThatFailedAndKeepTheOnesBefore() throws IOException {
        String before = storeContent();
        AtomicInteger opened = new AtomicInteger();
        // The first form fits; the disk is full during the second.
        WholeFile.Opener secondFails = temp -> opened.incrementAndGet() == 1 ? Files.newOutputStream(temp)
                : FullDisk.after(ROOM).open(temp);
        UpdateForms forms = new UpdateForms(queries, store.clock, new WholeFile(secondFails));

        assertThatThrownBy(() -> forms.write(out, Set.of(), "en"))
                .isInstanceOf(IOException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo("Update-form-MOST-2025-10-01.xlsx: No space left on device; "
                            + "no file was left there; the 1 form(s) written before it are complete");
                    FaultLog.record("disk full during update-form export", "refused; the failing form named, the "
                            + "forms before it complete, no part file left, store unchanged", e.getMessage());
                });

        assertThat(filesIn(out)).containsExactly("Update-form-MOIT-2025-10-01.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out.resolve("Update-form-MOIT-2025-10-01.xlsx")))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
        }
        assertThat(storeContent()).isEqualTo(before);
    }

    ReportRequest request() {
        return ReportRequest.of(ReportPeriod.quarter("2025Q3"), ReportScope.ALL, "en",
                new ReportHeader("MOFA", "Progress", true), LocalDate.of(2025, 10, 1));
    }

    /** Every row of the tables an export reads, as text. */
    String storeContent() {
        var dsl = store.workspace.database().dsl();
        return dsl.fetch("SELECT * FROM commitment ORDER BY id").formatCSV()
                + dsl.fetch("SELECT * FROM history ORDER BY id").formatCSV()
                + dsl.fetch("SELECT * FROM statement ORDER BY id").formatCSV();
    }

    static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A file stream on a disk with {@code room} bytes left: what fits is written, then the write fails as the OS's does. */
    static final class FullDisk extends FilterOutputStream {
        private long room;

        private FullDisk(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        static WholeFile.Opener after(long room) {
            return temp -> new FullDisk(Files.newOutputStream(temp), room);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int fits = (int) Math.min(len, room);
            out.write(b, off, fits);
            room -= fits;
            if (fits < len) {
                throw new IOException("No space left on device");
            }
        }
    }
}
