package org.commitmentstracker.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.commitmentstracker.service.ReportService;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.ReportScope;
import org.commitmentstracker.report.ReportHeader;
import org.commitmentstracker.report.ReportProgress;
import org.commitmentstracker.report.ReportRequest;
import org.commitmentstracker.report.ReportSummary;

/** The quarterly report's time and peak heap on a workspace of N commitments with histories. */
public final class ReportBenchmark {

    public void run(PrintWriter out, int commitments, Path scratch) {
        Clock clock = Clock.systemDefaultZone();
        try (WorkspaceServices workspace = WorkspaceServices.open(scratch.resolve("report-workspace-" + commitments),
                clock)) {
            long fillStart = System.nanoTime();
            int stored = SyntheticWorkspace.fill(workspace, commitments);
            out.printf("report: workspace of %d commitments with histories made in %.1f s%n", stored,
                    (System.nanoTime() - fillStart) / 1e9);
            out.flush();
            ReportService report = workspace.reports();
            LocalDate today = LocalDate.now(clock);
            ReportRequest request = ReportRequest.of(ReportPeriod.quarterOf(today), ReportScope.ALL, "vi",
                    ReportHeader.DEFAULT, today);
            Path file = scratch.resolve("report-" + commitments + ".xlsx");
            report.export(request, file, ReportProgress.NONE); // warm-up: class loading and JIT
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            ReportSummary summary = report.export(request, file, ReportProgress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            out.printf("report: %d commitments written in %.2f s, peak heap %d MB (max heap %d MB), file %d KB%n",
                    summary.commitments(), seconds, peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    Files.size(file) / 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
