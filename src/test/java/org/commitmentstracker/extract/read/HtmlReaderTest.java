package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HtmlReaderTest extends StatementFileFixture {
    static final String P1 = "Prime Minister Pham Minh Chinh and Prime Minister Kishida Fumio held talks in Ha Noi "
            + "and agreed to elevate the relationship to a Comprehensive Strategic Partnership.";
    static final String P2 = "The two sides agreed to strengthen cooperation in trade, investment and official "
            + "development assistance, and to raise two-way trade to USD 10 billion by 2030.";
    static final String CHROME = """
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
            <header class="site-header"><div class="logo">Ministry of Foreign Affairs</div></header>
            <div class="main-menu"><a href="/a">Press releases</a> <a href="/b">Statements</a></div>
            <ul class="breadcrumb"><li>Home</li><li>Statements</li></ul>
            <script>var tracking = "Script text must not appear";</script>
            <style>p { color: red }</style>
            """;
    static final String AFTER = """
            <div class="share-buttons">Share on Facebook Share on Twitter</div>
            <aside><p>Related: Viet Nam and Korea sign a memorandum of understanding on culture, sports and tourism
            cooperation for the next five years, the ministry said in a separate release.</p></aside>
            <div id="comments"><p>A reader wrote a long comment that is not part of the joint statement at all and
            should never show up in the text that the extractor reads later on.</p></div>
            <footer>Copyright 2025 Ministry of Foreign Affairs</footer>
            """;

    SourceText read(String fileName, String html) throws Exception {
        return read(fileName, html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theOneArticleWithoutMenusScriptsOrSharing() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>Joint statement</title>"
                + "<link rel=\"canonical\" href=\"https://mofa.gov.vn/en/joint-statement-japan\">"
                + "<meta property=\"og:url\" content=\"https://other.example/og\"></head><body>" + CHROME
                + "<article><h1>Joint Statement   on the   Comprehensive Strategic Partnership</h1>"
                + "<div class=\"social\"><a href=\"#\">Tweet</a></div>"
                + "<p>" + P1 + "</p>\n<p>" + P2.replace("USD", "<b>USD</b>") + "</p>"
                + "<ul><li>Trade</li><li>Investment<br>and ODA</li></ul></article>" + AFTER + "</body></html>";
        SourceText text = read("statement.html", html);
        assertThat(text.format()).isEqualTo("html");
        assertThat(text.sourceUrl()).isEqualTo("https://mofa.gov.vn/en/joint-statement-japan");
        assertThat(text.text()).isEqualTo("Joint Statement on the Comprehensive Strategic Partnership\n\n"
                + P1 + "\n\n" + P2 + "\n\n- Trade\n\n- Investment\nand ODA");
    }

    /** As a browser shows them: an item is read as an item of its lead-in, as the same list typed in a text file is. */
    @Test
    void listItemsKeepTheMarkerABrowserShows() throws Exception {
        String html = "<html><body><article><h1>Joint Statement</h1><p>" + P1 + "</p><p>The two sides agreed to:</p>"
                + "<ol start=\"3\"><li>hold annual talks;</li><li>open a consulate.</li></ol>"
                + "<ol type=\"a\"><li>trade;</li><li>investment.</li></ol>"
                + "<ul><li>a) typed by the author</li><li>• bullet typed too</li></ul></article></body></html>";

        String text = read("page.html", html).text();

        assertThat(text).contains("3. hold annual talks;\n\n4. open a consulate.", "a) trade;\n\nb) investment.",
                "\na) typed by the author\n", "\n• bullet typed too");
    }

    @Test
    void withoutAnArticleTagTheContainerWithMostParagraphTextWins() throws Exception {
        String html = "<html><head><meta property=\"og:url\" content=\"https://baochinhphu.vn/item-1.htm\">"
                + "</head><body>" + CHROME
                + "<div class=\"layout\"><div class=\"title\"><h1>Viet Nam – Japan Joint Statement</h1></div>"
                + "<div class=\"col-left\"><div class=\"links\"><p><a href=\"/x\">" + "Other news ".repeat(30)
                + "</a></p></div></div>"
                + "<div class=\"detail-content\"><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<table><tr><td>Area</td><td>Trade</td></tr></table></div></div>" + AFTER + "</body></html>";
        SourceText text = read("page.htm", html);
        assertThat(text.sourceUrl()).isEqualTo("https://baochinhphu.vn/item-1.htm");
        assertThat(text.text()).isEqualTo("Viet Nam – Japan Joint Statement\n\n" + P1 + "\n\n" + P2
                + "\n\nArea\tTrade");
    }

    @Test
    void declaredCharsetIsHonoured() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>" + P1 + " Café – “quoted”.</p>"
                + "<p>" + P2 + "</p></body></html>";
        Path file = Files.write(dir.resolve("cp1252.html"), html.getBytes(Charset.forName("windows-1252")));
        assertThat(readers.read(file).text()).contains("Café – “quoted”.");
    }

    @Test
    void browsersSavedFromNoteAndBaseAreSourcesToo() throws Exception {
        String body = "<body><p>" + P1 + "</p><p>" + P2 + "</p></body></html>";
        assertThat(read("ie.html", "<!-- saved from url=(0040)https://vietnam.embassy.example/news/1 -->\n"
                + "<html>" + body).sourceUrl()).isEqualTo("https://vietnam.embassy.example/news/1");
        assertThat(read("base.html", "<html><head><base href=\"https://dangcongsan.vn/thoi-su/\"></head>" + body)
                .sourceUrl()).isEqualTo("https://dangcongsan.vn/thoi-su/");
        assertThat(read("none.html", "<html>" + body).sourceUrl()).isNull();
    }

    @Test
    void htmlContentNamedTxtIsReadAsHtml() throws Exception {
        SourceText text = read("saved.txt", "<!doctype html><html><body><p>" + P1 + "</p><p>" + P2
                + "</p></body></html>");
        assertThat(text.format()).isEqualTo("html");
        assertThat(text.text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void aPageWithoutArticleText() {
        String html = "<html><body>" + CHROME + "<p>Page not found.</p>" + AFTER + "</body></html>";
        assertThatThrownBy(() -> read("404.html", html))
                .hasMessage("404.html: has no article text (is it a web page of a statement?)");
    }

    @Test
    void vietnameseInUtf8() throws Exception {
        String paragraph = (ReadFixtures.VIETNAMESE + ". ").repeat(6);
        Path file = Files.write(dir.resolve("vn.html"), ("<html><head><meta charset=\"utf-8\"></head><body><p>"
                + paragraph + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        assertThat(readers.read(file).text()).isEqualTo(paragraph.strip());
    }
}
