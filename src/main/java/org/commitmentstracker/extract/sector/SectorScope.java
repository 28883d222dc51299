package org.commitmentstracker.extract.sector;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commitmentstracker.bundled.TsvTable;
import org.commitmentstracker.extract.text.Spaces;
import org.commitmentstracker.extract.text.TermIndex;
import org.commitmentstracker.model.Sector;

/**
 * What reaches past a unit's own words when its sector is chosen (scope.tsv): the label that names
 * its field before its text ("Về kinh tế, thương mại: ...", "Trade: upgrading ...", "On defence and
 * security, the two sides agreed to:"), a heading that is only the statement's own title, and the
 * units a heading's field does not reach (the closing invitation to visit, a unit about the
 * statement itself).
 */
public final class SectorScope {
    /** A label before a colon with no opener is a few words ("Mining and energy"), not a clause. */
    static final int MAX_COLON_LABEL_WORDS = 5;
    /** A label after an opener ("Về hợp tác quốc phòng - an ninh") may be longer. */
    static final int MAX_OPENER_LABEL_WORDS = 10;
    /** A label naming more fields than this is a chapter title, not a field. */
    public static final int MAX_LABEL_SECTORS = 2;

    /** Compiled once: a String's split compiles its pattern at every call. */

    private final SectorClassifier sectors;
    private final TermIndex<String> terms = new TermIndex<>();

    public SectorScope(SectorClassifier sectors) {
        this.sectors = sectors;
        TsvTable table = TsvTable.read("scope.tsv", SectorScope.class.getResourceAsStream("scope.tsv"));
        for (Map<String, String> row : table.rows()) {
            for (String term : row.get("terms").split("\\s+\\|\\s+")) {
                terms.add(term, row.get("kind"));
            }
        }
    }

    /** The fields a heading or a label names; none when it names so many that it is a chapter title. */
    public List<Sector> named(String text) {
        List<Sector> named = sectors.sectorsNamed(text);
        return named.size() > MAX_LABEL_SECTORS ? List.of() : named;
    }

    /**
     * The words that name a unit's field before its text, when they name one or two fields: after
     * an opener ("Về", "On", "In the field of") up to its colon, or else its first comma; or a few
     * words before a colon ("Mining and energy: ...").
     */
    public Optional<String> label(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        TermIndex.Hit<String> first = terms.atStart(t);
        String label = null;
        if (first != null && first.value().equals("opener")) {
            int from = first.end();
            int comma = t.indexOf(',', from);
            if (colon > from && words(t.substring(from, colon)) <= MAX_OPENER_LABEL_WORDS) {
                label = t.substring(from, colon);
            } else if (comma > from && words(t.substring(from, comma)) <= MAX_OPENER_LABEL_WORDS) {
                label = t.substring(from, comma);
            }
        } else if (colon > 0 && words(t.substring(0, colon)) <= MAX_COLON_LABEL_WORDS) {
            label = t.substring(0, colon);
        }
        return label == null || named(label).isEmpty() ? Optional.empty() : Optional.of(label.strip());
    }

    /** A unit that is only a label and its colon ("Về hợp tác nghị viện:", "Trade and investment:"). */
    public boolean isLabelOnly(String text) {
        String t = text.strip();
        return t.endsWith(":") && t.indexOf(':') == t.length() - 1
                && label(t).filter(l -> t.substring(0, t.length() - 1).strip().endsWith(l)).isPresent();
    }

    /** A heading that names the statement itself ("Viet Nam, Chile issue Joint Press Statement") names no field. */
    public boolean namesStatement(String text) {
        return terms.find(text).stream().anyMatch(hit -> hit.value().equals("statement"));
    }

    /**
     * A unit the heading above it does not reach: the closing invitation to visit, or a unit
     * about the statement itself ("task the Foreign Ministers to review this Joint Vision Statement").
     */
    public boolean beyondHeadings(String text) {
        List<String> kinds = terms.find(text).stream().map(TermIndex.Hit::value).toList();
        return kinds.contains("self") || kinds.contains("invitation") && kinds.contains("visit");
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : Spaces.pieces(t);
    }
}
