package org.commitmentstracker.extract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** A web page saved from a browser: the statement's article text, without the site around it. */
final class HtmlReader {
    static final String NO_ARTICLE = "has no article text (is it a web page of a statement?)";
    static final int MIN_ARTICLE_CHARS = 200;
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(https?://[^\\s>]+)");
    private static final Pattern WEB_URL = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    /** The page's text and where it says it came from (null if it does not). */
    record Page(String text, String sourceUrl) {
    }

    private HtmlReader() {
    }

    static Page read(String name, byte[] bytes) throws UnreadableStatementException {
        return read(name, bytes, null);
    }

    /** As {@link #read(String, byte[])}, the bytes in {@code charset} when the file said so (a web archive's part). */
    static Page read(String name, byte[] bytes, String charset) throws UnreadableStatementException {
        Document document;
        try {
            // A null charset lets jsoup honour the BOM or <meta charset>, falling back to UTF-8.
            document = Jsoup.parse(new ByteArrayInputStream(bytes), known(charset), "");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableStatementException(name, StatementProblem.DAMAGED, "could not be read as a web page", e)
                    .saying("DAMAGED.HTML");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        String sourceUrl = sourceUrl(document, head);
        Element body = document.body();
        HtmlJunk.remove(body);
        Map<Element, Integer> blockText = blockText(body);
        Element article = chooseArticle(body, blockText);
        if (article == null || textWithin(article, blockText) < MIN_ARTICLE_CHARS) {
            throw new UnreadableStatementException(name, StatementProblem.NO_ARTICLE, NO_ARTICLE);
        }
        return new Page(withTitle(document, article) + HtmlText.of(article), sourceUrl);
    }

    /** The charset's name when Java knows it, else null (jsoup then reads the page's own). */
    private static String known(String charset) {
        try {
            return charset != null && Charset.isSupported(charset.strip()) ? charset.strip() : null;
        } catch (IllegalArgumentException badName) {
            return null;
        }
    }

    /** Canonical link, else og:url, else the browser's "saved from" note, else &lt;base href&gt;. */
    static String sourceUrl(Document document, String rawHead) {
        Element canonical = document.selectFirst("link[rel=canonical][href]");
        if (canonical != null && isWebUrl(url(canonical, "href"))) {
            return url(canonical, "href");
        }
        Element og = document.selectFirst("meta[property=og:url][content]");
        if (og != null && isWebUrl(og.attr("content").strip())) {
            return og.attr("content").strip();
        }
        Matcher saved = SAVED_FROM.matcher(rawHead);
        if (saved.find()) {
            return saved.group(1);
        }
        Element base = document.selectFirst("base[href]");
        return base != null && isWebUrl(base.attr("href").strip()) ? base.attr("href").strip() : null;
    }

    private static String url(Element element, String attribute) {
        String absolute = element.absUrl(attribute);
        return absolute.isEmpty() ? element.attr(attribute).strip() : absolute;
    }

    private static boolean isWebUrl(String url) {
        return WEB_URL.matcher(url).matches();
    }

    /** Non-link text of each block element that directly holds text; blocks mostly made of links count nothing. */
    private static Map<Element, Integer> blockText(Element body) {
        Map<Element, int[]> counts = new IdentityHashMap<>();
        for (Element holder : body.getAllElements()) {
            int length = holder.textNodes().stream().mapToInt(node -> node.text().strip().length()).sum();
            if (length == 0) {
                continue;
            }
            Element block = holder;
            boolean inLink = false;
            while (block != body && !HtmlText.BLOCKS.contains(block.normalName())) {
                inLink |= block.normalName().equals("a");
                block = block.parent();
            }
            int[] totalAndLinks = counts.computeIfAbsent(block, b -> new int[2]);
            totalAndLinks[0] += length;
            totalAndLinks[1] += inLink ? length : 0;
        }
        Map<Element, Integer> text = new IdentityHashMap<>();
        counts.forEach((block, c) -> text.put(block, c[1] * 2 > c[0] ? 0 : c[0] - c[1]));
        return text;
    }

    /** The one &lt;article&gt; if there is exactly one with enough text, else the best-scoring container. */
    private static Element chooseArticle(Element body, Map<Element, Integer> blockText) {
        Elements articles = body.select("article");
        if (articles.size() == 1 && textWithin(articles.first(), blockText) >= MIN_ARTICLE_CHARS) {
            return articles.first();
        }
        // Readability's idea: a block's text scores for its parent in full and its grandparent by half.
        Map<Element, Double> scores = new IdentityHashMap<>();
        blockText.forEach((block, length) -> {
            Element parent = block == body ? body : block.parent();
            scores.merge(parent, (double) length, Double::sum);
            if (parent != body && parent.parent() != null) {
                scores.merge(parent.parent(), length / 2.0, Double::sum);
            }
        });
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static int textWithin(Element root, Map<Element, Integer> blockText) {
        int sum = 0;
        for (Map.Entry<Element, Integer> entry : blockText.entrySet()) {
            if (isAncestor(root, entry.getKey())) {
                sum += entry.getValue();
            }
        }
        return sum;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Sites often put the statement's title (its only h1) above the text container: bring it along. */
    private static String withTitle(Document document, Element article) {
        Elements h1 = document.body().select("h1");
        if (h1.size() != 1 || isAncestor(article, h1.first()) || h1.first().text().isBlank()) {
            return "";
        }
        return h1.first().text() + "\n\n";
    }
}
