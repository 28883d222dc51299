package org.commitmentstracker.extract.segment;

/**
 * One unit of a statement as cut from its text, before it is classified.
 *
 * @param ordinal position among the statement's units, from 0
 * @param ref     the statement's own number or bullet path ("16", "3.b", "3.2"), else "¶n"
 * @param text    the paragraph without its marker, verbatim but for collapsed whitespace
 * @param leadIn  ordinal of the paragraph a bullet or lettered item hangs from, or -1
 */
public record Segment(int ordinal, String ref, MarkerType marker, String text, int leadIn) {

    public boolean isListItem() {
        return marker == MarkerType.BULLET || marker == MarkerType.LETTER;
    }
}
