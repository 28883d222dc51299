package org.commitmentstracker.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML element into lines: each block element its own paragraph, a blank line between
 * blocks; a table row one line, its cells separated by a tab as in a pasted table.
 */
final class HtmlText implements NodeVisitor {
    static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td",
            "th", "div", "section", "article", "main", "tr", "table", "ul", "ol", "dl", "dt", "dd", "pre",
            "figcaption", "address", "center", "caption", "hr");

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int preDepth;
    /** Inside a table cell, blocks and line breaks are spaces: the row stays one line. */
    private int cellDepth;

    static String of(Element root) {
        HtmlText text = new HtmlText();
        NodeTraversor.traverse(text, root);
        text.endLine();
        return String.join("\n", text.lines);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            if (preDepth > 0) {
                appendPreformatted(text.getWholeText());
            } else {
                append(text.text());
            }
        } else if (node instanceof Element element) {
            String name = element.normalName();
            if (isCell(name) && element.parent() != null && element.parent().normalName().equals("tr")) {
                if (cellDepth == 0 && !line.toString().isBlank()) {
                    line.append(TabCells.SEPARATOR);
                }
                cellDepth++;
            } else if (cellDepth > 0 && (name.equals("br") || BLOCKS.contains(name))) {
                append(" ");
            } else if (name.equals("br")) {
                endLine();
            } else if (BLOCKS.contains(name)) {
                endBlock();
            }
            if (element.normalName().equals("li")) {
                line.append(ListMarkers.of(element));
            }
            if (element.normalName().equals("pre")) {
                preDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && isCell(element.normalName()) && element.parent() != null
                && element.parent().normalName().equals("tr")) {
            cellDepth--;
            String kept = line.toString().stripTrailing();
            line.setLength(0);
            line.append(kept);
        } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
            if (cellDepth == 0) {
                endBlock();
            }
            if (element.normalName().equals("pre")) {
                preDepth--;
            }
        }
    }

    private static boolean isCell(String name) {
        return name.equals("td") || name.equals("th");
    }

    /** Inline text: jsoup has already collapsed white space; do not let two runs meet with two spaces. */
    private void append(String text) {
        boolean lineEndsBlank = line.length() == 0 || Character.isWhitespace(line.charAt(line.length() - 1));
        line.append(lineEndsBlank ? text.stripLeading() : text);
    }

    private void appendPreformatted(String text) {
        String[] parts = text.split("\\R", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                endLine();
            }
            line.append(parts[i]);
        }
    }

    private void endLine() {
        lines.add(line.toString().strip());
        line.setLength(0);
    }

    /** The normaliser folds the runs of blank lines this leaves between nested blocks into one. */
    private void endBlock() {
        if (!line.toString().isBlank()) {
            endLine();
        }
        line.setLength(0);
        lines.add("");
    }
}
