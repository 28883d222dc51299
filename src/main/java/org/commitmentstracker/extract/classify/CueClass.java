package org.commitmentstracker.extract.classify;

/** What a cue says about the unit it is found in (see cues-en.tsv). */
enum CueClass {
    STRONG,
    VERB,
    POSITION,
    CONTEXT,
    VOID;

    boolean commits() {
        return this == STRONG || this == VERB;
    }
}
