package org.commitmentstracker.extract.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Page headers and footers, judged across the pages: a page number ("Page 3 of 12", "Trang 3/12", "- 3 -", "3/12",
 * a bare number) among the first or last two lines of a page, or a line repeated at the same place (first, second,
 * last or second-to-last line, numbers aside) on most pages: a running title, a letterhead, a "Confidential".
 * A repeated line at the top of the first page stays: that is where a running title is the document's title.
 */
final class PdfFurniture {
    private static final int EDGE_LINES = 2;
    private static final int MAX_FURNITURE_LENGTH = 120;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:(?:page|trang|tr\\.|p\\.|pg\\.?)\\s*\\d{1,4}(?:\\s*(?:of|/|trên|của|-)\\s*\\d{1,4})?"
                    + "|\\d{1,4}\\s*(?:/|of|trên)\\s*\\d{1,4}"
                    + "|[-–—]\\s*\\d{1,4}\\s*[-–—])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BARE_NUMBER = Pattern.compile("[\\[(]?\\d{1,4}[\\])]?");

    private PdfFurniture() {
    }

    /** "Page 3 of 5", "Trang 2/4", "- 4 -": a page's number, as a PDF (or text pasted from one) prints it. */
    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
    }

    /** The pages without their headers and footers. */
    static List<List<PdfLines.Line>> strip(List<List<PdfLines.Line>> pages) {
        Map<String, Integer> repeats = new HashMap<>();
        for (List<PdfLines.Line> page : pages) {
            for (int position = 0; position < 2 * EDGE_LINES; position++) {
                PdfLines.Line line = at(page, position);
                if (line != null) {
                    repeats.merge(key(position, line.text()), 1, Integer::sum);
                }
            }
        }
        List<List<PdfLines.Line>> kept = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PdfLines.Line> page = pages.get(p);
            boolean[] furniture = new boolean[page.size()];
            for (int position = 0; position < 2 * EDGE_LINES; position++) {
                PdfLines.Line line = at(page, position);
                if (line == null) {
                    continue;
                }
                boolean outer = position == 0 || position == EDGE_LINES;
                boolean top = position < EDGE_LINES;
                String text = line.text().strip();
                boolean pageNumber = PAGE_NUMBER.matcher(text).matches()
                        || outer && pages.size() > 1 && BARE_NUMBER.matcher(text).matches();
                boolean repeated = pages.size() > 1 && text.length() <= MAX_FURNITURE_LENGTH
                        && repeatedOnMostPages(repeats.get(key(position, line.text())), pages.size())
                        && !(p == 0 && top);
                furniture[index(page, position)] |= pageNumber || repeated;
            }
            List<PdfLines.Line> body = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                if (!furniture[i]) {
                    body.add(page.get(i));
                }
            }
            kept.add(body);
        }
        return kept;
    }

    private static boolean repeatedOnMostPages(Integer count, int pages) {
        return count != null && count >= 2 && count * 2 > pages;
    }

    /** Positions 0 and 1 count from the top, 2 and 3 from the bottom (a short page's line may be at two). */
    private static PdfLines.Line at(List<PdfLines.Line> page, int position) {
        int index = index(page, position);
        return index < 0 ? null : page.get(index);
    }

    private static int index(List<PdfLines.Line> page, int position) {
        int index = position < EDGE_LINES ? position : page.size() - 1 - (position - EDGE_LINES);
        return index < 0 || index >= page.size() ? -1 : index;
    }

    /** Numbers aside ("Page 3" and "Page 4" are one footer), spaces and case aside. */
    private static String key(int position, String text) {
        return position + ":" + text.strip().replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
