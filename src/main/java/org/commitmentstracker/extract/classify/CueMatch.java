package org.commitmentstracker.extract.classify;

/** A cue found in a unit's text, at [start, end). */
record CueMatch(CueClass cueClass, int start, int end, String words) {

    int length() {
        return end - start;
    }

    boolean overlaps(CueMatch other) {
        return start < other.end && other.start < end;
    }
}
