package org.commitmentstracker.extract.classify;

import java.util.regex.Pattern;

/** One line of a cue file: a class and the pattern that finds it. */
record Cue(CueClass cueClass, Pattern pattern) {
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    static Cue of(String cueClass, String regex) {
        return new Cue(CueClass.valueOf(cueClass.toUpperCase(java.util.Locale.ROOT)), Pattern.compile(regex, FLAGS));
    }
}
