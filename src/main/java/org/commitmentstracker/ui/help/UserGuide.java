package org.commitmentstracker.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user guide in one language, read from a plain-text file shipped on the class path
 * ({@code guide_en.txt}, {@code guide_vi.txt} beside this class). The file's form, simple
 * enough for a non-programmer to edit:
 * <ul>
 *   <li>{@code # id: Title} opens a section; the id is the same in every language;</li>
 *   <li>blank lines separate blocks; a block is a paragraph (its lines joined), a list (lines
 *       starting with {@code - }, or numbered steps {@code 1. }) or, in the shortcuts section, rows
 *       {@code keys | what they do}.</li>
 * </ul>
 */
public record UserGuide(List<Section> sections) {
    /** The id of the keyboard shortcuts' section. */
    public static final String SHORTCUTS = "shortcuts";
    private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile("\\d+\\. ");

    public UserGuide {
        sections = List.copyOf(sections);
    }

    /** One section: its id (the same in every language), title and blocks. */
    public record Section(String id, String title, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }

        /** The section as plain text, for copying. */
        public String text() {
            StringBuilder text = new StringBuilder(title).append("\n\n");
            for (Block block : blocks) {
                text.append(block.text()).append("\n\n");
            }
            return text.toString().strip();
        }
    }

    /** A paragraph, a list or a table of shortcuts. */
    public sealed interface Block permits Paragraph, Bullets, Shortcuts {
        /** The block as plain text. */
        String text();
    }

    public record Paragraph(String text) implements Block {
    }

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }

        @Override
        public String text() {
            return String.join("\n", items);
        }
    }

    public record Shortcuts(List<Shortcut> rows) implements Block {
        public Shortcuts {
            rows = List.copyOf(rows);
        }

        @Override
        public String text() {
            return String.join("\n", rows.stream().map(r -> r.keys() + "\t" + r.action()).toList());
        }
    }

    /** Keys as the guide writes them ("Ctrl+Shift+V", "F1") and what they do. */
    public record Shortcut(String keys, String action) {
    }

    /** The guide in {@code language} ("en" or "vi"; any other gives English). */
    public static UserGuide load(String language) {
        String name = "vi".equals(language) ? "guide_vi.txt" : "guide_en.txt";
        try (InputStream in = UserGuide.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The user guide " + name + " is not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the guide's text (see the class comment for its form). */
    public static UserGuide parse(String text) {
        List<Section> sections = new ArrayList<>();
        String id = null;
        String title = null;
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r", "").split("\n", -1)) {
            if (line.startsWith("# ")) {
                addBlock(blocks, lines);
                if (id != null) {
                    sections.add(new Section(id, title, blocks));
                }
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("A section line needs '# id: Title': " + line);
                }
                id = line.substring(2, colon).strip();
                title = line.substring(colon + 1).strip();
                blocks = new ArrayList<>();
            } else if (line.isBlank()) {
                addBlock(blocks, lines);
            } else if (id != null) {
                lines.add(line.strip());
            }
        }
        addBlock(blocks, lines);
        if (id != null) {
            sections.add(new Section(id, title, blocks));
        }
        return new UserGuide(sections);
    }

    private static void addBlock(List<Block> blocks, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (lines.stream().allMatch(l -> l.contains(" | "))) {
            blocks.add(new Shortcuts(lines.stream().map(l -> new Shortcut(l.substring(0, l.indexOf(" | ")).strip(),
                    l.substring(l.indexOf(" | ") + 3).strip())).toList()));
        } else if (lines.stream().allMatch(l -> l.startsWith("- ") || STEP.matcher(l).lookingAt())) {
            // "- " becomes a bullet; a numbered step keeps its number.
            blocks.add(new Bullets(lines.stream().map(l -> l.startsWith("- ") ? "•  " + l.substring(2).strip() : l)
                    .toList()));
        } else {
            blocks.add(new Paragraph(String.join(" ", lines)));
        }
        lines.clear();
    }

    /** The section {@code id}, if the guide has it. */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The rows of the keyboard shortcuts' section. */
    public List<Shortcut> shortcuts() {
        return section(SHORTCUTS).stream().flatMap(s -> s.blocks().stream())
                .flatMap(b -> b instanceof Shortcuts table ? table.rows().stream() : java.util.stream.Stream.empty())
                .toList();
    }
}
