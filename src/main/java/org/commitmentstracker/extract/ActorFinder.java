package org.commitmentstracker.extract;

import java.util.regex.Pattern;

/**
 * Who must act, read from the words before the commitment's cue: "The two sides agreed" is
 * both, "Viet Nam will" is Viet Nam, "The Russian side supports" or "Chile will" the partner.
 * An imperative with no subject ("- Continue to ...") is both sides: the statement's voice.
 */
final class ActorFinder {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern BOTH = Pattern.compile(
            "\\b(?:two|both|hai)\\s+(?:sides?|countries|parties|leaders|nations|governments|bên|nước|lãnh đạo|quốc gia)\\b"
                    + "|\\bthe\\s+parties\\b|\\blãnh đạo hai nước\\b|\\bhai nước\\b|\\bhai bên\\b"
                    + "|\\b(?:Viet\\s?Nam|Việt Nam)\\s+(?:and|và)\\s+\\p{Lu}|\\p{Lu}\\p{L}+\\s+(?:and|và)\\s+(?:Viet\\s?Nam|Việt Nam)\\b",
            FLAGS);
    private static final Pattern VIET_NAM = Pattern.compile(
            "\\b(?:Viet\\s?Nam(?:ese)?|Việt Nam)\\b|\\bphía Việt Nam\\b", FLAGS);
    private static final Pattern OTHER_PROPER_NOUN = Pattern.compile("(?<![\\p{L}])(?!Viet|Việt|The\\b|Both\\b|Hai\\b)\\p{Lu}\\p{L}+");

    private ActorFinder() {
    }

    static Actor find(String text, String cue) {
        int at = cue == null ? -1 : text.indexOf(cue);
        String subject = at <= 0 ? "" : text.substring(sentenceStart(text, at), at);
        if (subject.isBlank() || BOTH.matcher(subject).find()) {
            return Actor.BOTH;
        }
        boolean vietNam = VIET_NAM.matcher(subject).find();
        boolean other = OTHER_PROPER_NOUN.matcher(subject.replaceAll("(?i)\\b(?:Viet\\s?Nam(?:ese)?|Việt Nam)\\b", "")).find();
        if (vietNam && !other) {
            return Actor.VIET_NAM;
        }
        return other && !vietNam ? Actor.PARTNER : Actor.BOTH;
    }

    /** Whether the words before the cue name no side at all ("- Continue to ...", "a) maritime security"). */
    static boolean namesNoSide(String text, String cue) {
        int at = cue == null ? -1 : text.indexOf(cue);
        return at <= 0 || text.substring(sentenceStart(text, at), at).isBlank();
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            if (".;:".indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(Math.min(i + 1, text.length() - 1)))) {
                return i + 1;
            }
        }
        return 0;
    }
}
