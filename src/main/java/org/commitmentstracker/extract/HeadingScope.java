package org.commitmentstracker.extract;

import java.util.ArrayList;
import java.util.List;
import org.commitmentstracker.extract.segment.MarkerType;
import org.commitmentstracker.model.Sector;

/**
 * The headings above the current unit, outermost first, each open until the text leaves it. A
 * Roman section runs to the next section; a plain heading line ("Defence and security") to the
 * next heading at its level; a numbered or bulleted heading ("4. Defence and security
 * cooperation") also ends at the next unit numbered or bulleted like it ("5. The Indian side
 * briefed ..."). A label lead-in ("- Về kinh tế, thương mại, hai bên nhất trí:") reaches the list
 * items below it, even those marked like itself, until a unit with its own label or a paragraph
 * at its level or above.
 */
final class HeadingScope {
    private record Open(MarkerType marker, String text, List<Sector> sectors, boolean label) {
    }

    private final List<Open> open = new ArrayList<>();

    /** A heading (or, with {@code label}, a lead-in named by its label) opens below the headings it does not close. */
    void enter(MarkerType marker, String text, List<Sector> sectors, boolean label) {
        open.removeIf(o -> rank(o.marker()) <= rank(marker));
        open.add(new Open(marker, text, sectors, label));
    }

    /** A unit that is not a heading closes the headings it stands level with or above, and all inside them. */
    void pass(MarkerType marker, boolean labelled) {
        for (int i = 0; i < open.size(); i++) {
            if (closes(open.get(i), marker, labelled)) {
                open.subList(i, open.size()).clear();
                return;
            }
        }
    }

    /** The innermost heading's text (a lead-in's label is not a section), or null. */
    String section() {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (!open.get(i).label()) {
                return open.get(i).text();
            }
        }
        return null;
    }

    /** The fields named by the innermost heading that names any, or none. */
    List<Sector> sectors() {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (!open.get(i).sectors().isEmpty()) {
                return open.get(i).sectors();
            }
        }
        return List.of();
    }

    /** The text of the heading whose fields {@link #sectors()} gives. */
    String sectorSource() {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (!open.get(i).sectors().isEmpty()) {
                return open.get(i).text();
            }
        }
        return null;
    }

    private static boolean closes(Open heading, MarkerType marker, boolean labelled) {
        if (heading.label()) {
            return rank(marker) > rank(heading.marker())
                    || rank(marker) == rank(heading.marker()) && (!isListItem(marker) || labelled);
        }
        if (heading.marker() == MarkerType.NONE || heading.marker() == MarkerType.ROMAN) {
            return false;
        }
        return rank(marker) >= rank(heading.marker());
    }

    private static boolean isListItem(MarkerType marker) {
        return marker == MarkerType.BULLET || marker == MarkerType.LETTER;
    }

    /** Sections above numbered paragraphs, above plain paragraphs, above bullets, above lettered items. */
    private static int rank(MarkerType marker) {
        return switch (marker) {
            case ROMAN -> 4;
            case NUMBER -> 3;
            case NONE -> 2;
            case BULLET -> 1;
            case LETTER -> 0;
        };
    }
}
