package org.commitmentstracker.extract.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A table row as the Word and OpenDocument readers write it: one line, its cells' text separated by a tab as in a
 * pasted table, so a task, its agency and its time-frame stay one unit; a one-cell row (a box around text) keeps
 * its paragraphs as lines.
 */
final class TableRows {
    private TableRows() {
    }

    /** Adds the row whose cells hold these lines. */
    static void add(List<List<String>> cells, List<String> lines) {
        if (cells.size() == 1) {
            lines.addAll(cells.get(0));
            return;
        }
        List<String> texts = new ArrayList<>();
        for (List<String> cell : cells) {
            String text = String.join(" ", cell).replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        if (!texts.isEmpty()) {
            lines.add(String.join(TabCells.SEPARATOR, texts));
        }
    }
}
