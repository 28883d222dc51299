package org.commitmentstracker.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.deadline.DateMention;
import org.commitmentstracker.extract.deadline.DateScanner;
import org.commitmentstracker.extract.deadline.Sentences;
import org.commitmentstracker.extract.text.LeadingWords;

/**
 * A statement's non-blank lines with their offsets, each marked as debris or not. Debris is what
 * a web page leaves around a statement: menus and province lists (runs of one-to-three-word lines,
 * bullets of a few words), image file names, publication timestamps, photo captions, link text
 * ("Toàn văn tuyên bố chung"), the closing "Source: URL" line.
 */
final class StatementLines {
    /** One line: its text (trimmed), where it starts in the text, and what it is. */
    record Line(String text, int start, boolean debris, boolean timestamp) {
    }

    private static final int MENU_RUN = 3;
    private static final Pattern BULLET = Pattern.compile("^[•·▪◦●►*+-]\\s*");
    private static final Pattern IMAGE = Pattern.compile("(?i)\\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)\\b");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?!\\d)");
    private static final LeadingWords CAPTION = LeadingWords.of(Pattern.compile(
            "(?iu)(?:^(?:photo|ảnh|nguồn ảnh)\\s*:|\\((?:photo|ảnh)\\s*:[^)]*\\)\\s*$|(?:photo|ảnh)\\s*:\\s*[\\p{L}\\p{N} ./&-]{1,40}$"
                    + "|(?:^|[\\s-])ảnh\\s*\\d+\\.?$)"));
    private static final Pattern LINK_TEXT = Pattern.compile(
            "(?iu)^(?:toàn văn|full text|read more|xem thêm|xem toàn văn|tin liên quan|related news|for reference only"
                    + "|chia sẻ|share|print|in bài|trang chủ|home)\\b.{0,60}$");
    /** A site's menu on one line: "Home | The Ministry | Press Center | Spokesperson | Tiếng Việt". */
    private static final Pattern MENU_LINE = Pattern.compile("^[^|.!?]{1,30}(?:\\s\\|\\s[^|.!?]{1,30}){3,}$");
    /** A site's breadcrumb trail: "Trang chủ > Thời sự > Đối ngoại", "News › Politics". */
    private static final Pattern BREADCRUMB = Pattern.compile("^[^:;›>»/]{1,40}(?:(?:\\s*[›>»]\\s*|\\s/\\s)[^:;›>»/]{1,40}){1,6}$");
    /** What may stand beside the date of a timestamp line: a weekday, "Published", "Cập nhật". */
    private static final Pattern STAMP_WORDS = Pattern.compile("(?iu)^[\\s,:|()-]*(?:(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|published|updated"
            + "|posted|cập\\s+nhật|đăng|ngày)[\\s,:|()-]*)*$");
    /** Compiled once: a String's matches compiles its pattern at every call (once per line here). */
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.:;!?]$");
    static final Pattern SOURCE = Pattern.compile("(?iu)^(?:source|nguồn)\\s*:\\s*(https?://\\S+)\\s*$");

    private final List<Line> lines;

    private StatementLines(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The lines of a text already passed through {@link DateScanner#normalize(String)}. */
    static StatementLines of(String norm, DateScanner scanner) {
        List<String> texts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (String raw : norm.split("\n", -1)) {
            if (!raw.isBlank()) {
                texts.add(raw.strip());
                starts.add(at + raw.indexOf(raw.strip()));
            }
            at += raw.length() + 1;
        }
        boolean[] menu = menuRuns(texts);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            boolean timestamp = isTimestamp(t, scanner);
            lines.add(new Line(t, starts.get(i), menu[i] || timestamp || isDebris(t), timestamp));
        }
        return new StatementLines(lines);
    }

    List<Line> all() {
        return lines;
    }

    /** Whether an offset of the text falls on a debris line. */
    boolean debrisAt(int offset) {
        Line holder = null;
        for (Line l : lines) {
            if (l.start() <= offset) {
                holder = l;
            }
        }
        return holder != null && holder.debris();
    }

    /** The non-debris lines after a given line, joined by line breaks. */
    String contentAfter(int index) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, index + 1); i < lines.size(); i++) {
            if (!lines.get(i).debris()) {
                out.append(lines.get(i).text()).append('\n');
            }
        }
        return out.toString();
    }

    private static boolean isDebris(String t) {
        // The cheap tests first: the word count, and a character each pattern needs. BULLET, LINK_TEXT and SOURCE
        // open with "^", so looking at the line's start finds what find() would.
        int words = Sentences.wordCount(t);
        return words <= 4 && BULLET.matcher(t).lookingAt()
                || words <= 12 && t.indexOf('.') >= 0 && IMAGE.matcher(t).find()
                || CAPTION.mayOccurIn(LeadingWords.fold(t)) && CAPTION.pattern().matcher(t).find()
                || words <= 8 && LINK_TEXT.matcher(t).lookingAt()
                || mayBeBreadcrumb(t) && BREADCRUMB.matcher(t).matches()
                || t.indexOf('|') >= 0 && MENU_LINE.matcher(t).matches()
                || SOURCE.matcher(t).lookingAt();
    }

    /** Whether a line holds a separator of {@link #BREADCRUMB}'s ("›", ">", "»", "/"). */
    private static boolean mayBeBreadcrumb(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '›' || c == '>' || c == '»' || c == '/') {
                return true;
            }
        }
        return false;
    }

    /** "June 25, 2024 1:23 PM GMT+7", "Thứ Ba, 25/06/2024 13:23", a line that is only a date. */
    private static boolean isTimestamp(String t, DateScanner scanner) {
        int words = Sentences.wordCount(t);
        if (words > 12) {
            return false;
        }
        List<DateMention> dates = scanner.scan(t);
        if (dates.isEmpty() || dates.get(0).precision() != DateMention.Precision.DAY || dates.get(0).year() == null) {
            return false;
        }
        String rest = t.substring(0, dates.get(0).start()) + " " + t.substring(dates.get(0).end());
        return TIME.matcher(t).find() || STAMP_WORDS.matcher(rest.replaceAll("(?i)\\bGMT[+-]?\\d*", "")).matches();
    }

    /** Lines in runs of three or more short lines (1-3 words, no sentence mark): menus, province lists. */
    private static boolean[] menuRuns(List<String> texts) {
        boolean[] menu = new boolean[texts.size()];
        int runStart = 0;
        for (int i = 0; i <= texts.size(); i++) {
            boolean shortLine = i < texts.size() && Sentences.wordCount(texts.get(i)) <= 3
                    && !ENDS_SENTENCE.matcher(texts.get(i)).matches();
            if (!shortLine) {
                for (int j = runStart; i - runStart >= MENU_RUN && j < i; j++) {
                    menu[j] = true;
                }
                runStart = i + 1;
            }
        }
        return menu;
    }
}
