package org.commitmentstracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.ExtractedUnit;
import org.commitmentstracker.extract.Extraction;
import org.commitmentstracker.extract.ExtractionJson;
import org.commitmentstracker.extract.StatementExtractor;
import org.commitmentstracker.extract.read.SourceText;
import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.extract.read.UnreadableStatementException;
import org.commitmentstracker.model.UnitKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract FILE [--json]}: what the extractor finds in a statement, without touching any store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Shows the units and commitments found in a statement (.txt, .docx, .pdf, .html).")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The statement to read.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object (title, language, partners, date, place, "
            + "source, relationship, units) instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Extraction extraction;
        try {
            SourceText source = new StatementReaders().read(file);
            // The reader's doubts (spaces lost in a PDF, an old Vietnamese font converted), as the review shows them.
            source.warnings().forEach(w -> spec.commandLine().getErr().println(source.name() + ": " + w));
            extraction = new StatementExtractor(SectorOwners.bundled()).extract(source);
        } catch (UnreadableStatementException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        if (json) {
            out.println(new ExtractionJson().write(extraction));
        } else {
            printTable(out, extraction);
        }
        out.flush();
        return 0;
    }

    private static void printTable(PrintWriter out, Extraction extraction) {
        var m = extraction.metadata();
        out.printf("%s%n%s, %s, %s, %s%n%n", m.title(), String.join(", ", m.partners()), m.date(), m.place(), m.language());
        for (ExtractedUnit u : extraction.units()) {
            String fields = u.kind() != UnitKind.COMMITMENT ? ""
                    : String.format(" [%s%s%s]", u.sector() == null ? "-" : u.sector().code(),
                            u.deadline() == null ? "" : ", due " + u.deadline(), u.owner() == null ? "" : ", " + u.owner());
            String text = u.text().length() > 90 ? u.text().substring(0, 87) + "..." : u.text();
            out.printf("%-6s %-10s%s %s%n", u.ref(), u.kind().name().toLowerCase(), fields, text);
        }
        out.printf("%n%s in %s%n", Counted.of(extraction.commitmentCount(), "commitment"),
                Counted.of(extraction.units().size(), "unit"));
    }
}
