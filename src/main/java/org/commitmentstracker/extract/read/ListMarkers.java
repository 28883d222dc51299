package org.commitmentstracker.extract.read;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The marker a browser shows before a list item ("- " for a bullet, "3. ", "c) " in an ordered
 * list), written into the text so that an item is read as an item of the lead-in above it, as
 * the same list typed in a text file is. An item whose text already starts with a marker keeps it.
 */
final class ListMarkers {
    /** A marker typed into the item itself: "1.", "a)", "(b)", "iv.", "-", "•", "*", "+". */
    private static final Pattern TYPED = Pattern.compile(
            "^\\s*(?:\\(?(?:\\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]|[-–•*+▪◦·])\\s");

    private ListMarkers() {
    }

    static String of(Element item) {
        if (TYPED.matcher(item.text() + " ").find()) {
            return "";
        }
        Element list = item.parent();
        if (list == null || !list.normalName().equals("ol")) {
            return "- ";
        }
        int number = start(list) + item.elementSiblingIndex() - list.children().stream()
                .limit(item.elementSiblingIndex()).filter(e -> !e.normalName().equals("li")).toList().size();
        return switch (list.attr("type")) {
            case "a" -> letter(number).toLowerCase(Locale.ROOT) + ") ";
            case "A" -> letter(number) + ") ";
            default -> number + ". ";
        };
    }

    private static int start(Element list) {
        try {
            return list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String letter(int number) {
        return number >= 1 && number <= 26 ? String.valueOf((char) ('A' + number - 1)) : String.valueOf(number);
    }
}
