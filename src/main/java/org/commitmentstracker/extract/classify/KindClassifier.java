package org.commitmentstracker.extract.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.deadline.Sentences;
import org.commitmentstracker.extract.text.LeadingWords;
import org.commitmentstracker.model.UnitKind;

/**
 * Gives a unit (that is neither noise nor a heading) its kind by the rubric's rule: a unit that
 * mixes classes takes the strongest, commitment > position > context. Evidence comes from the
 * cue files; a commitment verb counts only as a main verb of one of the sides.
 */
public final class KindClassifier {
    private static final Pattern BARE_LEAD_IN = Pattern.compile("^[\\p{L}\\p{N} ,'’-]{0,80}?\\b(?:agreed?|agrees|decided?|"
            + "resolved?|will|shall|committed|nhất trí|thống nhất|sẽ|cam kết|quyết định)(?:\\s+to)?"
            + "(?:\\s+(?:continue\\s+|further\\s+|tiếp tục\\s+)?(?:to\\s+)?(?:(?:strengthen|enhance|promote|deepen|expand|boost|"
            + "intensify|step up|tăng cường|đẩy mạnh|thúc đẩy|mở rộng|làm sâu sắc)\\s+)?(?:cooperat\\w*|work together|hợp tác)"
            + "\\s+(?:in|on|trong)\\s+(?:the\\s+)?(?:following|những|các)\\s+(?:areas|fields|sectors|matters|lĩnh vực|nội dung|vấn đề)(?:\\s+sau)?"
            + "|\\s+(?:on\\s+)?(?:the\\s+following|as\\s+follows|như sau|(?:những|các)\\s+(?:nội dung|điểm|vấn đề)\\s+sau))?\\s*:$",
            Cue.FLAGS);
    /** A reporter's question ("Question: How will …?", "Hỏi: …"): it asks, it undertakes nothing. */
    private static final Pattern QUESTION = Pattern.compile("^(?:question|q|hỏi|câu hỏi|phóng viên hỏi)\\s*\\d*\\s*[:.]|^[^.!]{3,300}\\?[\"”’)]*$", Cue.FLAGS);
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(?:informed|briefed|updated|apprised|thông báo|thông tin|cập nhật)\\b", Cue.FLAGS);
    /** Its words: the case-ignoring pattern is only run on a text that holds one (few do). */
    private static final LeadingWords REPORTING_WORDS = LeadingWords.of(REPORTING);
    /** An item that only names the topic of the items below it: "* Về hợp tác nghị viện:", "- On trade and investment:". */
    private static final Pattern TOPIC_LABEL = Pattern.compile("^(?:về|đối với|trong lĩnh vực|on|regarding|concerning|as regards|"
            + "with regard to|in the (?:field|area|sphere)s? of)\\s+[^.;:!?]{1,60}:$", Cue.FLAGS);
    /** A row of a table whose first cell numbers it: "4 | Convene the Working Group ... | MOIT | 2026", "2.1 | ...", or with tabs between cells. */
    private static final Pattern NUMBERED_ROW = Pattern.compile("^\\s*\\d{1,3}(?:\\.\\d{1,3})*[.)]?[ ]*[|\\t]\\s*([^|\\t]+?)[ ]*(?:[|\\t]|$)");
    /** What may follow a verb's -ed form when it is a participle: "signed in December 2022", "established by". */
    private static final Pattern PARTICIPLE_AFTER = Pattern.compile("^\\s+(?:by\\b|(?:in|on|at|since)\\s+(?:\\d|january|february|"
            + "march|april|may|june|july|august|september|october|november|december)|on\\s+the\\s+occasion\\b|during\\b)", Cue.FLAGS);

    /** A verb's -ed form, compiled once (a String's matches compiles its pattern at every call). */
    private static final Pattern ED_FORM = Pattern.compile("\\S*ed\\b.*");

    private final Map<String, CueBook> books = Map.of("en", CueBook.load("en"), "vi", CueBook.load("vi"));

    /**
     * @param listItem   the unit is a bullet or lettered item
     * @param leadInKind the kind of the paragraph a list item hangs from, or null
     */
    public KindDecision classify(String text, String language, boolean listItem, UnitKind leadInKind) {
        CueBook book = books.getOrDefault(language, books.get("en"));
        // both alternatives open with "^": a match can only start where the text does
        if (QUESTION.matcher(text.strip()).lookingAt()) {
            return new KindDecision(UnitKind.CONTEXT, "a question");
        }
        if (listItem && TOPIC_LABEL.matcher(text.strip()).matches() && classify(text, language, false, null).kind() != UnitKind.COMMITMENT) {
            return new KindDecision(UnitKind.HEADING, "an item that only names the topic of the items below it");
        }
        // An action table's row says what its action cell says, read as an item in the imperative.
        Matcher row = NUMBERED_ROW.matcher(text);
        if (row.lookingAt() && leadInKind != UnitKind.CONTEXT) {
            KindDecision cell = classify(row.group(1), language, true, null);
            if (cell.kind() == UnitKind.COMMITMENT) {
                return cell;
            }
        }
        if (reportsAsMainVerb(book, text)) {
            KindDecision answer = answerToReport(text, language);
            return answer != null ? answer : new KindDecision(UnitKind.CONTEXT, "what one side reported");
        }
        // Items of a narrative list ("the following achievements:") are not orders.
        boolean imperativeList = listItem && leadInKind != UnitKind.CONTEXT;
        ClauseReader reader = new ClauseReader(book, text);
        List<CueMatch> matches = resolveOverlaps(find(book, reader, text, imperativeList));
        // The first cue that stands as a commitment decides: the others are not read.
        java.util.Optional<CueMatch> commitment = matches.stream()
                .filter(m -> m.cueClass().commits() && standsAsCommitment(book, reader, text, m)).findFirst();
        if (commitment.isPresent()) {
            return new KindDecision(UnitKind.COMMITMENT, commitment.get().words());
        }
        for (CueClass cueClass : List.of(CueClass.POSITION, CueClass.CONTEXT)) {
            for (CueMatch m : matches) {
                if (m.cueClass() == cueClass) {
                    return new KindDecision(cueClass == CueClass.POSITION ? UnitKind.POSITION : UnitKind.CONTEXT, m.words());
                }
            }
        }
        if (listItem && leadInKind == UnitKind.CONTEXT) {
            return new KindDecision(UnitKind.CONTEXT, "an item of a narrative list");
        }
        // "(b) maritime security, including ...": an item with no verb of its own says what its lead-in says.
        if (listItem && leadInKind == UnitKind.COMMITMENT) {
            return new KindDecision(UnitKind.COMMITMENT, "an item of a list whose lead-in commits");
        }
        return listItem ? new KindDecision(UnitKind.POSITION, "an item of a list with no commitment words")
                : new KindDecision(UnitKind.CONTEXT, "no commitment or position words");
    }

    /**
     * A lead-in that only introduces the list below it ("The two sides agreed to:", "Hai bên
     * nhất trí như sau:", "agree to continue cooperation in the following areas:"): the items
     * are the commitments, the lead-in a heading over them.
     */
    public static boolean onlyIntroducesList(String text) {
        return BARE_LEAD_IN.matcher(text.strip()).matches();
    }

    /** A lead-in that reports what one side told the other ("Australia informed ...:", "Phía Úc thông báo:"). */
    public static boolean reports(String text) {
        return REPORTING_WORDS.mayMatch(LeadingWords.fold(text)) && REPORTING.matcher(text).find();
    }

    private List<CueMatch> find(CueBook book, ClauseReader reader, String text, boolean listItem) {
        List<CueMatch> found = new ArrayList<>();
        String folded = Cue.fold(text);
        for (Cue cue : book.cues) {
            for (int[] m : cue.matches(folded)) {
                found.add(new CueMatch(cue.cueClass(), m[0], m[1], text.substring(m[0], m[1]).strip()));
            }
        }
        List<VerbFinder.Found> verbs = VerbFinder.find(book, text);
        boolean imperativeStyle = listItem || opensWithBaseVerb(book, reader, verbs);
        CueMatch opening = listItem ? ImperativeOpening.find(book, text) : null;
        // "- Consolidating ... remains one of the priorities": an -ing subject of a stated view.
        if (opening != null && !(opening.words().endsWith("ing") && found.stream().anyMatch(f -> f.cueClass() == CueClass.POSITION))) {
            // first, so that it wins over a cue on the same word ("Review the use of ...": an order, not a report)
            found.add(0, opening);
        }
        for (VerbFinder.Found verb : verbs) {
            if (isMainVerb(book, reader, verb.start(), verb.words(), imperativeStyle) && !isParticiple(book, text, verb)) {
                found.add(new CueMatch(CueClass.VERB, verb.start(), verb.end(), verb.words()));
            }
        }
        return found;
    }

    /** "the Agreement ..., signed in December 2022", "the Partnership established in March 2025": not a side's act. */
    private static boolean isParticiple(CueBook book, String text, VerbFinder.Found verb) {
        if (!"en".equals(book.language) || book.baseVerbs.contains(verb.words().toLowerCase(java.util.Locale.ROOT))
                || !ED_FORM.matcher(verb.words().toLowerCase(java.util.Locale.ROOT)).matches()) {
            return false;
        }
        int before = verb.start() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before >= 0 && text.charAt(before) == ',' || PARTICIPLE_AFTER.matcher(text.substring(verb.end())).lookingAt();
    }

    /**
     * What the unit says after the report, read on its own, when that is a commitment: "Phía Turkmenistan thông báo
     * quyết định mở Đại sứ quán tại Hà Nội; phía Việt Nam … sẵn sàng tạo mọi điều kiện …" reports one side's news
     * and then records the other's undertaking. Null when nothing follows the report's clause or what does is no
     * commitment ("…; phía Turkmenistan chúc mừng").
     */
    private KindDecision answerToReport(String text, String language) {
        int semicolon = text.indexOf(';');
        int sentenceEnd = Sentences.end(text, 0);
        int cut = semicolon >= 0 && semicolon < sentenceEnd ? semicolon : sentenceEnd;
        if (cut + 1 >= text.length()) {
            return null;
        }
        KindDecision after = classify(text.substring(cut + 1), language, false, null);
        return after.kind() == UnitKind.COMMITMENT ? after : null;
    }

    /** "The Chilean side informed that it will host ...", "Phía Campuchia thông báo về ...": a report, not a pledge. */
    private static boolean reportsAsMainVerb(CueBook book, String text) {
        if (!REPORTING_WORDS.mayMatch(LeadingWords.fold(text))) {
            return false;
        }
        Matcher m = REPORTING.matcher(text);
        if (!m.find()) {
            return false;
        }
        ClauseReader reader = new ClauseReader(book, text);
        if (reader.sentenceStart(m.start()) != 0) {
            return false;
        }
        List<String> subject = reader.subjectWords(m.start());
        if (subject.isEmpty() || subject.size() > 6) {
            return false;
        }
        String last = subject.get(subject.size() - 1);
        return book.is("subject", last) || Character.isUpperCase(last.charAt(0));
    }

    private static boolean opensWithBaseVerb(CueBook book, ClauseReader reader, List<VerbFinder.Found> verbs) {
        return !verbs.isEmpty() && reader.opensClause(0, verbs.get(0).start())
                && book.baseVerbs.contains(verbs.get(0).words().toLowerCase(java.util.Locale.ROOT));
    }

    /** A verb is the unit's own when it opens an imperative clause, or follows the side that acts. */
    private static boolean isMainVerb(CueBook book, ClauseReader reader, int at, String verb, boolean imperativeStyle) {
        boolean base = book.baseVerbs.contains(verb.toLowerCase(java.util.Locale.ROOT));
        int sentence = reader.sentenceStart(at);
        if (base && reader.opensClause(sentence, at)) {
            return imperativeStyle || sentence == 0;
        }
        if (base && imperativeStyle && reader.opensClause(reader.clauseStart(at), at)) {
            return true;
        }
        List<String> subject = reader.subjectWords(at);
        if (subject.isEmpty()) {
            return false;
        }
        // "Nigeria's support", "the Parties' cooperation": after a possessive the word is a noun
        String before = subject.get(subject.size() - 1);
        if (before.endsWith("'s") || before.endsWith("’s") || before.endsWith("s'") || before.endsWith("s’")) {
            return false;
        }
        if (subject.stream().anyMatch(w -> book.is("relative", w))) {
            return false;
        }
        String last = subject.get(subject.size() - 1);
        return book.is("subject", last) || Character.isUpperCase(last.charAt(0));
    }

    /** Negated, in the past, or inside reported belief: then a commitment cue is not one. */
    private static boolean standsAsCommitment(CueBook book, ClauseReader reader, String text, CueMatch m) {
        // "Đảng Xã hội chủ nghĩa Thống nhất Venezuela": a cue word capitalised inside a sentence is part of a name
        if (m.start() < text.length() && Character.isUpperCase(text.codePointAt(m.start()))
                && !reader.words(reader.sentenceStart(m.start()), m.start()).isEmpty()) {
            return false;
        }
        // "have agreed to" still commits; "have continued to" tells what was done before.
        List<String> before = reader.wordsBefore(m.start(), 3);
        for (String word : before) {
            if (book.is("negation", word) || (m.cueClass() == CueClass.VERB && book.is("past", word))) {
                return false;
            }
        }
        List<String> sentence = reader.words(reader.sentenceStart(m.start()), m.start());
        // "vui mừng nhận thấy quan hệ hai nước tiếp tục phát triển": what a side sees, not what it will do.
        for (int i = sentence.size() - 1; i >= 0 && !isAnd(sentence.get(i)); i--) {
            if (book.is("observe", sentence.get(i))) {
                return false;
            }
        }
        for (int i = 0; i + 1 < sentence.size(); i++) {
            if (book.is("belief", sentence.get(i))) {
                for (int j = i + 1; j < Math.min(sentence.size(), i + 4); j++) {
                    String w = sentence.get(j).toLowerCase(java.util.Locale.ROOT);
                    if (w.equals("that") || w.equals("rằng")) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean isAnd(String word) {
        return word.equalsIgnoreCase("and") || word.equalsIgnoreCase("và");
    }

    /** Longer cues win over the shorter ones they overlap; void cues then drop out. */
    static List<CueMatch> resolveOverlaps(List<CueMatch> found) {
        List<CueMatch> bySize = new ArrayList<>(found);
        bySize.sort(Comparator.comparingInt(CueMatch::length).reversed().thenComparingInt(CueMatch::start));
        List<CueMatch> kept = new ArrayList<>();
        for (CueMatch m : bySize) {
            if (kept.stream().noneMatch(k -> k.overlaps(m))) {
                kept.add(m);
            }
        }
        kept.removeIf(m -> m.cueClass() == CueClass.VOID);
        kept.sort(Comparator.comparingInt(CueMatch::start));
        return kept;
    }
}
