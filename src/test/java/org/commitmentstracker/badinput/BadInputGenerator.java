package org.commitmentstracker.badinput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commitmentstracker.ScratchFolders;
import org.commitmentstracker.extract.read.ReadFixtures;

/**
 * Writes the made files of the bad-input corpus (src/test/resources/bad-input/): the hand-written ones there
 * (statement-*.txt/.html, no-article.html, not-a-statement.txt) and expected.tsv are left alone. Run it again when
 * the sample workspace or the form layout changes, from the project folder:
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.commitmentstracker.badinput.BadInputGenerator src/test/resources/bad-input
 * </pre>
 * The Office and PDF files carry the time they were made (and the password-protected ones a random salt), so they
 * differ byte for byte from one run to the next; what they hold, and the class each gets, is the same.
 */
public final class BadInputGenerator {
    private BadInputGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/bad-input");
        Path scratch = ScratchFolders.create("bad-input");
        CorpusWorkspace.create(scratch.resolve("data"));
        byte[] form = Files.readAllBytes(CorpusWorkspace.exportForm(scratch.resolve("data"),
                scratch.resolve("forms")));
        Map<String, byte[]> files = new LinkedHashMap<>(BadStatementFiles.all(form));
        files.putAll(BadFormFiles.all(form, ReadFixtures.docx(BadStatementFiles.paragraphs(
                BadStatementFiles.ENGLISH)), files.get("image-renamed.txt")));
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
            System.out.printf("%-36s %,9d bytes%n", file.getKey(), file.getValue().length);
        }
    }
}
