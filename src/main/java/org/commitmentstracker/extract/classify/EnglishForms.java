package org.commitmentstracker.extract.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The finite forms of an English verb (the first word of a phrasal verb inflects). */
final class EnglishForms {
    private EnglishForms() {
    }

    static List<String> of(String verb) {
        int space = verb.indexOf(' ');
        String head = space < 0 ? verb : verb.substring(0, space);
        String rest = space < 0 ? "" : verb.substring(space);
        Set<String> heads = new LinkedHashSet<>();
        heads.add(head);
        if (head.endsWith("y") && !head.matches(".*[aeiou]y")) {
            String stem = head.substring(0, head.length() - 1);
            heads.add(stem + "ies");
            heads.add(stem + "ied");
        } else if (head.endsWith("e")) {
            heads.add(head + "s");
            heads.add(head + "d");
        } else {
            heads.add(head.matches(".*(s|sh|ch|x|z)") ? head + "es" : head + "s");
            heads.add(head + "ed");
            // step -> stepped, commit -> committed
            heads.add(head + head.charAt(head.length() - 1) + "ed");
        }
        List<String> forms = new ArrayList<>();
        for (String h : heads) {
            forms.add(h + rest);
        }
        return forms;
    }
}
