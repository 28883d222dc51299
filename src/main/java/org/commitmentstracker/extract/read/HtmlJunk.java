package org.commitmentstracker.extract.read;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Removes what a saved web page wraps around a statement: menus, headers, sharing buttons, scripts, comments... */
final class HtmlJunk {
    private static final Set<String> TAGS = Set.of("nav", "header", "footer", "aside", "script", "style",
            "noscript", "form", "iframe", "svg", "button", "menu", "template", "select", "input", "textarea",
            "object", "embed", "canvas", "dialog");
    private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "share", "sharing", "social", "comment", "comments", "related", "advert",
            "advertisement", "ad", "ads", "banner", "sidebar", "cookie", "cookies", "popup", "modal", "widget");
    /** Page edges; inside an article they are the article's own title or byline, which we keep. */
    private static final Set<String> EDGE_WORDS = Set.of("header", "footer", "masthead", "topbar");
    private static final Set<String> NEVER = Set.of("html", "body", "main", "article");
    private static final String HIDDEN = "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none]";
    /** Parsed once: jsoup would parse a query string again for every element it is asked about. */
    private static final Evaluator ARTICLE = QueryParser.parse("article, main, [role=main]");

    private HtmlJunk() {
    }

    static void remove(Element body) {
        body.select(HIDDEN).remove();
        for (Element element : body.getAllElements()) {
            if (element.ownerDocument() != null && element != body && isJunk(element)) {
                element.remove();
            }
        }
    }

    private static boolean isJunk(Element element) {
        String tag = element.normalName();
        if (NEVER.contains(tag)) {
            return false;
        }
        boolean inArticle = element.closest(ARTICLE) != null;
        if (TAGS.contains(tag)) {
            return !(inArticle && (tag.equals("header") || tag.equals("footer")));
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")) {
            return !inArticle;
        }
        boolean junkWord = false;
        boolean edgeWord = false;
        for (String word : (element.className() + " " + element.id()).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            junkWord |= WORDS.contains(word);
            edgeWord |= EDGE_WORDS.contains(word);
        }
        if (!junkWord && !(edgeWord && !inArticle)) {
            return false;
        }
        // A wrapper such as <div class="has-sidebar"> may hold the article itself: keep those.
        return element.selectFirst(ARTICLE) == null;
    }
}
