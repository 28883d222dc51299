package org.commitmentstracker.extract.corpus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * A statement as a saved news page: cookie banner, site menu and breadcrumb, the headline in
 * {@code h1}, a byline ("By VNA | Published: ..." or "Theo TTXVN"), a dateline, the statement in an
 * {@code article} (numbered paragraphs as {@code p}, Roman-numbered ones as {@code h2}, runs of
 * bullets as a list), then related links, a share bar and the site footer. The byline's date is the
 * statement's gold date; the dateline's style changes with the name, so the corpus holds several.
 */
final class CorpusNews {
    private static final List<String> MENU_EN = List.of("Home", "Politics", "Business", "World", "Society", "Culture");
    private static final List<String> MENU_VI = List.of("Trang chủ", "Chính trị", "Kinh tế", "Thế giới", "Xã hội",
            "Văn hóa");
    private static final List<String> RELATED_EN = List.of(
            "Viet Nam, Singapore agree to promote digital economy cooperation",
            "Prime Minister receives Japanese business delegation",
            "Ha Noi to host ASEAN tourism forum next year");
    private static final List<String> RELATED_VI = List.of(
            "Việt Nam và Singapore thúc đẩy hợp tác kinh tế số",
            "Thủ tướng tiếp đoàn doanh nghiệp Nhật Bản",
            "Hà Nội sẽ đăng cai diễn đàn du lịch ASEAN");

    private CorpusNews() {
    }

    static byte[] write(CorpusStatement s) {
        boolean vi = s.vietnamese();
        String headline = s.headline();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(s.language()).append("\">\n<head>\n")
                .append("  <meta charset=\"utf-8\">\n  <title>").append(esc(headline)).append(vi ? " | Báo Tin tức" : " | Viet News Online")
                .append("</title>\n  <meta property=\"article:published_time\" content=\"").append(s.date())
                .append("T10:15:00+07:00\">\n  <link rel=\"stylesheet\" href=\"/static/site.css\">\n")
                .append("  <script>window.dataLayer = window.dataLayer || [];</script>\n</head>\n<body>\n")
                .append("  <div class=\"cookie-banner\"><p>")
                .append(vi ? "Trang web sử dụng cookie để cải thiện trải nghiệm của bạn." : "We use cookies to give you the best experience on our website.")
                .append("</p><button>OK</button></div>\n  <header class=\"site-header\">\n    <div class=\"logo\"><a href=\"/\">")
                .append(vi ? "Báo Tin tức" : "Viet News Online").append("</a></div>\n    <ul class=\"main-menu\">\n");
        List<String> menu = vi ? MENU_VI : MENU_EN;
        for (int i = 0; i < menu.size(); i++) {
            html.append("      <li><a href=\"/c").append(i).append("\">").append(menu.get(i)).append("</a></li>\n");
        }
        html.append("    </ul>\n  </header>\n  <nav class=\"breadcrumb\"><a href=\"/\">").append(menu.get(0))
                .append("</a> › <a href=\"/c1\">").append(menu.get(1)).append("</a></nav>\n  <main>\n")
                .append("    <article class=\"article-detail\">\n      <h1 class=\"title\">").append(esc(headline))
                .append("</h1>\n      <div class=\"meta\">").append(byline(s)).append("</div>\n")
                .append("      <div class=\"dateline\">").append(dateline(s)).append("</div>\n")
                .append("      <div class=\"content\">\n");
        body(html, s, headline);
        html.append("      </div>\n      <div class=\"share\">")
                .append(vi ? "Chia sẻ: Facebook | Zalo | In | Email" : "Share: Facebook | X | Print | Email")
                .append("</div>\n    </article>\n    <aside class=\"related\">\n      <h3>")
                .append(vi ? "Tin liên quan" : "Related news").append("</h3>\n      <ul>\n");
        List<String> related = vi ? RELATED_VI : RELATED_EN;
        for (int i = 0; i < related.size(); i++) {
            html.append("        <li><a href=\"/news/").append(1000 + i).append(".html\">").append(related.get(i))
                    .append("</a></li>\n");
        }
        html.append("      </ul>\n    </aside>\n  </main>\n  <footer class=\"site-footer\">\n    <p>© ")
                .append(s.date().getYear()).append(vi ? " Báo Tin tức. Giấy phép số 123/GP-BTTTT." : " Viet News Online. All rights reserved.")
                .append("</p>\n    <ul><li><a href=\"/about\">").append(vi ? "Giới thiệu" : "About us")
                .append("</a></li><li><a href=\"/contact\">").append(vi ? "Liên hệ" : "Contact")
                .append("</a></li></ul>\n  </footer>\n  <script src=\"/static/site.js\"></script>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void body(StringBuilder html, CorpusStatement s, String headline) {
        boolean inList = false;
        List<Paragraph> paragraphs = s.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String line = p.numbered() ? p.marker() + " " + p.text() : p.flatText();
            if (i == 0 && line.equals(headline)) {
                continue; // the headline is already the page's h1
            }
            boolean bullet = p.format().equals("bullet");
            if (bullet != inList) {
                html.append(bullet ? "        <ul>\n" : "        </ul>\n");
                inList = bullet;
            }
            if (!p.cells().isEmpty()) {
                html.append("        <table><tr>");
                p.cells().forEach(cell -> html.append("<td>").append(esc(cell)).append("</td>"));
                html.append("</tr></table>\n");
            } else if (bullet) {
                html.append("          <li>").append(esc(p.text())).append("</li>\n");
            } else if (p.format().equals("upperRoman")) {
                html.append("        <h2>").append(esc(line)).append("</h2>\n");
            } else {
                html.append("        <p>").append(esc(line)).append("</p>\n");
            }
        }
        if (inList) {
            html.append("        </ul>\n");
        }
    }

    private static String byline(CorpusStatement s) {
        String published = s.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:15 GMT+7";
        return s.vietnamese() ? "<span class=\"author\">Theo TTXVN</span> | <time>" + published + "</time>"
                : "<span class=\"author\">By VNA</span> | <time>Published: " + published + "</time>";
    }

    /** One of the dateline styles news sites use, chosen by the statement's name. */
    private static String dateline(CorpusStatement s) {
        LocalDate d = s.date();
        int style = Math.floorMod(s.base().hashCode(), 3);
        if (s.vietnamese()) {
            String day = d.getDayOfWeek().getValue() == 7 ? "Chủ nhật" : "Thứ " + (d.getDayOfWeek().getValue() + 1);
            return style == 0 ? day + ", " + d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:15 (GMT+7)"
                    : "Cập nhật: " + d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:15 GMT+7 | In | Email";
        }
        return switch (style) {
            case 0 -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", "
                    + d.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)) + " - 10:15 (GMT+7)";
            case 1 -> "Updated: " + d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:15 GMT+7 | Print | Email";
            default -> d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:15 GMT+7";
        };
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
