package org.commitmentstracker.extract.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the corpus' statements in the formats they arrive in (a developer tool, not a test; see the
 * "formats" section of src/test/resources/corpus/README.md): for every {@code seeds/*.txt} and
 * {@code statements/*.txt}, {@code formats/docx/NAME.docx} (Word automatic numbering in place of the
 * typed markers), {@code formats/pdf/NAME.pdf} (A4, justified, running header, "Page N of M" footer,
 * paragraphs cut by page breaks) and, for the seeds and every third other statement in name order,
 * {@code formats/news/NAME.html} (a saved news page). The same input gives the same bytes.
 *
 * <p>Run from the project folder: {@code ./mvnw -o -q test-compile
 * org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.commitmentstracker.extract.corpus.CorpusFormats} (an argument names another
 * corpus folder).
 */
public final class CorpusFormats {
    /** The folders of the corpus whose .txt statements are written in the other formats. */
    public static final List<String> SOURCES = List.of("seeds", "statements");

    private CorpusFormats() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        Path formats = corpus.resolve("formats");
        Path gold = corpus.resolve("gold");
        int others = 0;
        for (Path txt : statements(corpus)) {
            CorpusStatement statement = CorpusStatement.read(txt, gold);
            write(formats.resolve("docx").resolve(statement.base() + ".docx"), CorpusDocx.write(statement));
            write(formats.resolve("pdf").resolve(statement.base() + ".pdf"), CorpusPdf.write(statement));
            boolean seed = txt.getParent().getFileName().toString().equals("seeds");
            if (seed || others++ % 3 == 0) {
                write(formats.resolve("news").resolve(statement.base() + ".html"), CorpusNews.write(statement));
            }
            System.out.println("written: " + statement.base());
        }
    }

    /** Every .txt statement of the corpus, seeds first, each folder in name order. */
    public static List<Path> statements(Path corpus) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : SOURCES) {
            Path dir = corpus.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
