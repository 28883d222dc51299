package org.commitmentstracker.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commitmentstracker.extract.SeedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataExtractorTest {
    static final MetadataExtractor EXTRACTOR = new MetadataExtractor();

    // ---- the seed statements of the project's corpus against their gold files ----

    @ParameterizedTest
    @ValueSource(strings = {"000_0201c7e0e5d491ab.txt", "001_95b90d5a4b3eee68.txt", "002_c1bc1736642b0737.txt"})
    void seedsMatchTheirGoldLanguagePartnersAndDate(String file) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(SeedCorpus.gold(file).toFile());
        String text = SeedCorpus.seedText(file);
        StatementMetadata meta = EXTRACTOR.extract(text);
        List<String> partners = new ArrayList<>();
        gold.get("partners").forEach(p -> partners.add(p.asText()));
        assertThat(meta.language()).isEqualTo(gold.get("language").asText());
        assertThat(meta.partners()).containsExactlyInAnyOrderElementsOf(partners);
        assertThat(meta.date()).isEqualTo(LocalDate.parse(gold.get("date").asText()));
        if (text.contains(gold.get("title").asText())) {
            assertThat(meta.title()).isEqualTo(gold.get("title").asText());
        } else {
            // 001's gold title is not in its text: the rule falls back to the first line of the text.
            assertThat(meta.title()).startsWith("1. On the occasion of the 65th anniversary");
        }
    }

    @Test
    void seedPlacesSourcesAndRelationships() throws IOException {
        StatementMetadata mongolia = EXTRACTOR.extract(SeedCorpus.seedText("000_0201c7e0e5d491ab.txt"));
        StatementMetadata kazakhstan = EXTRACTOR.extract(SeedCorpus.seedText("001_95b90d5a4b3eee68.txt"));
        StatementMetadata russia = EXTRACTOR.extract(SeedCorpus.seedText("002_c1bc1736642b0737.txt"));
        assertThat(mongolia.place()).isEqualTo("Ulan Bator");
        assertThat(mongolia.relationship()).isEqualTo("Đối tác Toàn diện");
        assertThat(kazakhstan.place()).isEqualTo("Astana");
        assertThat(kazakhstan.relationship()).isEqualTo("Strategic Partnership");
        assertThat(kazakhstan.source()).startsWith("https://vietnamnet.vn/tuyen-bo-chung-ve-thiet-lap");
        assertThat(russia.place()).isEqualTo("Ha Noi");
        assertThat(russia.relationship()).isEqualTo("comprehensive strategic partnership");
        assertThat(russia.source()).isNull();
    }

    // ---- short statements written for these tests ----

    @Test
    void skipsAMenuAndAPhotoBeforeTheTitle() {
        StatementMetadata m = EXTRACTOR.extract("""
                Home
                News
                Politics
                Business
                pm-kishida-hanoi.jpg
                Joint Statement on the Comprehensive Strategic Partnership between Viet Nam and Japan
                Prime Minister Pham Minh Chinh welcomes Prime Minister Kishida. Photo: VNA
                At the invitation of Prime Minister Pham Minh Chinh, Prime Minister of Japan Kishida Fumio paid an official visit to Viet Nam from November 27-29, 2023.
                In Ha Noi, the two Prime Ministers held talks. Japan and Viet Nam agreed to elevate their relations to a Comprehensive Strategic Partnership.
                """);
        assertThat(m.title()).isEqualTo("Joint Statement on the Comprehensive Strategic Partnership between Viet Nam and Japan");
        assertCore(m, "en", List.of("Japan"), LocalDate.of(2023, 11, 29), "Ha Noi");
        assertThat(m.relationship()).isEqualTo("Comprehensive Strategic Partnership");
    }

    @Test
    void readsTheDayFromAnAdoptionLineAndFromASentenceTheDayOpens() {
        assertThat(EXTRACTOR.extract("""
                Programme of Cooperation between Viet Nam and Peru, 2026-2030

                1. The Parties shall hold consultations every year.

                Adopted in Lima on 3 March 2026, in two originals.
                """).date()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(EXTRACTOR.extract("""
                Tuyên bố chung Việt Nam - Peru
                Thứ Sáu, 6/3/2026, 07:30

                Ngày 5/3/2026, tại Lima, hai Chủ tịch nước đã hội đàm và thông qua Tuyên bố chung này.
                """).date()).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void takesTheYearOfAVisitFromThePublicationTimestamp() {
        StatementMetadata m = EXTRACTOR.extract("""
                Thứ Sáu, 05/07/2024 09:15 GMT+7
                Việt Nam - Hàn Quốc ra Tuyên bố chung
                Nhân chuyến thăm chính thức Hàn Quốc ngày 1-3/7, Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Hàn Quốc tại Seoul.
                Hai bên nhất trí tăng cường hợp tác kinh tế và thương mại.
                """);
        assertCore(m, "vi", List.of("South Korea"), LocalDate.of(2024, 7, 3), "Seoul");
    }

    @Test
    void aVisitAfterThePublicationDayBelongsToTheYearBefore() {
        StatementMetadata m = EXTRACTOR.extract("""
                January 3, 2025 10:02 AM
                Viet Nam - Singapore Joint Statement
                The Prime Minister of Singapore paid an official visit to Viet Nam on December 30-31.
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aVisitWithoutAnyYearHasNoDate() {
        StatementMetadata m = EXTRACTOR.extract("""
                Việt Nam - Mông Cổ ra Tuyên bố chung
                Tổng Bí thư hội đàm với Tổng thống Mông Cổ trong chuyến thăm cấp nhà nước ngày 30/9-1/10.
                Hai bên nhất trí tăng cường hợp tác.
                """);
        assertThat(m.date()).isNull();
        assertThat(m.partners()).containsExactly("Mongolia");
    }

    @Test
    void aFigureReportedForAPastPeriodGivesTheVisitItsYear() {
        StatementMetadata m = EXTRACTOR.extract("""
                Việt Nam - Mông Cổ ra Tuyên bố chung
                Tổng Bí thư hội đàm với Tổng thống Mông Cổ trong chuyến thăm cấp nhà nước ngày 30/9-1/10.
                Kim ngạch thương mại 8 tháng đầu năm 2024 đạt 80 triệu USD.
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 10, 1));
    }

    @Test
    void namesBothPartnersOfATrilateralStatement() {
        assertThat(EXTRACTOR.extract("Viet Nam - Laos - Cambodia Joint Statement\nThe three Prime Ministers met in Vientiane.")
                .partners()).containsExactly("Laos", "Cambodia");
        assertThat(EXTRACTOR.extract("Tuyên bố chung Hội nghị Cấp cao Việt Nam - Lào - Campuchia\nBa Thủ tướng hội đàm tại Viêng Chăn.")
                .partners()).containsExactly("Laos", "Cambodia");
    }

    @Test
    void findsAPartnerNamedOnlyInTheBody() {
        StatementMetadata m = EXTRACTOR.extract("""
                JOINT STATEMENT
                At the invitation of President Vo Van Thuong, President of the French Republic Emmanuel Macron paid a State visit to Viet Nam from 10 to 12 March 2025.
                Viet Nam and France agreed to deepen their partnership. France supports ASEAN's central role, and both sides discussed China's economy.
                """);
        assertThat(m.title()).isEqualTo("JOINT STATEMENT");
        assertThat(m.partners()).containsExactly("France");
        assertThat(m.date()).isEqualTo(LocalDate.of(2025, 3, 12));
    }

    @Test
    void findsAVietnamesePartnerInTheBodyUnderACapitalTitle() {
        StatementMetadata m = EXTRACTOR.extract("""
                TUYÊN BỐ CHUNG
                Nhận lời mời của Chủ tịch nước, Tổng thống Cộng hòa Liên bang Đức thăm chính thức Việt Nam từ ngày 23 đến 24/1/2024.
                Việt Nam và Đức nhất trí tăng cường hợp tác; hai bên trao đổi về tình hình Trung Quốc và khu vực.
                Hà Nội, ngày 24 tháng 1 năm 2024
                Nguồn: https://baochinhphu.vn/tuyen-bo-chung-viet-nam-duc.htm
                """);
        assertCore(m, "vi", List.of("Germany"), LocalDate.of(2024, 1, 24), "Hà Nội");
        assertThat(m.source()).isEqualTo("https://baochinhphu.vn/tuyen-bo-chung-viet-nam-duc.htm");
    }

    @Test
    void prefersTheAdoptionDayToTheVisit() {
        StatementMetadata m = EXTRACTOR.extract("""
                Viet Nam - Australia Joint Statement
                Prime Minister of Australia Anthony Albanese paid an official visit to Viet Nam from June 3-4, 2023.
                The two sides agreed to establish a Comprehensive Strategic Partnership.
                Done at Ha Noi on 4 June 2023.
                """);
        assertCore(m, "en", List.of("Australia"), LocalDate.of(2023, 6, 4), "Ha Noi");
    }

    @Test
    void readsAVisitFromOneDayToTheNextInVietnamese() {
        StatementMetadata m = EXTRACTOR.extract("""
                Việt Nam - Ca-dắc-xtan nâng cấp quan hệ lên Đối tác Chiến lược
                Tổng Bí thư thăm cấp nhà nước Ca-dắc-xtan từ ngày 30/9 đến 1/10/2024 và hội đàm tại thủ đô Astana.
                """);
        assertCore(m, "vi", List.of("Kazakhstan"), LocalDate.of(2024, 10, 1), "Astana");
        assertThat(m.relationship()).isEqualTo("Đối tác Chiến lược");
    }

    @Test
    void aReportOfTalksDuringAVisitIsDatedByTheVisitsLastDay() {
        // The talks' day comes first in the sentence; the rubric dates a statement with no adoption by the visit's end.
        StatementMetadata m = EXTRACTOR.extract("""
                Viet Nam, Mauritius agree to open new chapter in ties
                Wednesday, June 3, 2026 16:45
                Hanoi (VNA) - President Luong Cuong held talks with the President of Mauritius in Hanoi on June 3, as part of the Mauritian leader's State visit to Viet Nam from June 2-4.
                The two sides agreed to open a direct air route.
                """);
        assertCore(m, "en", List.of("Mauritius"), LocalDate.of(2026, 6, 4), "Hanoi");
    }

    @Test
    void readsTheDayAVietnameseCommuniqueSaysItWasIssued() {
        StatementMetadata m = EXTRACTOR.extract("""
                Thông cáo chung Việt Nam - Quần đảo Xô-lô-mông
                Thủ tướng Quần đảo Xô-lô-mông thăm chính thức Việt Nam từ ngày 14 đến 16/5/2026.
                Hai bên nhất trí tăng cường hợp tác nghề cá.
                Thông cáo chung được ra tại Hà Nội ngày 15/5/2026.
                """);
        assertCore(m, "vi", List.of("Solomon Islands"), LocalDate.of(2026, 5, 15), "Hà Nội");
    }

    @Test
    void leavesAThirdCountryOutOfThePartners() {
        StatementMetadata m = EXTRACTOR.extract("""
                Joint Statement
                At the invitation of President of Viet Nam, President of Indonesia Joko Widodo paid a State visit to Viet Nam on September 11-12, 2023.
                Viet Nam and Indonesia agreed to raise trade. Indonesia thanked Viet Nam. The two sides discussed the situation in Myanmar.
                """);
        assertThat(m.partners()).containsExactly("Indonesia");
    }

    @Test
    void ignoresLinkTextBelowTheBodyWhenLookingForTheTitle() {
        StatementMetadata m = EXTRACTOR.extract("""
                Việt Nam - Lào tăng cường quan hệ đặc biệt
                Thủ tướng hai nước hội đàm tại Hà Nội ngày 9/1/2024, nhất trí tăng cường hợp tác toàn diện giữa hai nước trong mọi lĩnh vực kinh tế, văn hóa và giáo dục.
                Toàn văn tuyên bố chung
                """);
        assertThat(m.title()).isEqualTo("Việt Nam - Lào tăng cường quan hệ đặc biệt");
        assertCore(m, "vi", List.of("Laos"), LocalDate.of(2024, 1, 9), "Hà Nội");
    }

    @Test
    void usesTheFirstLineWhenNoLineLooksLikeATitle() {
        StatementMetadata m = EXTRACTOR.extract("1. The two sides agreed to strengthen cooperation between Viet Nam and Chile in all fields.");
        assertThat(m.title()).startsWith("1. The two sides agreed");
        assertCore(m, "en", List.of("Chile"), null, null);
        assertThat(m.relationship()).isNull();
    }

    @Test
    void readsTheRelationshipBeingEstablishedRatherThanTheFirstNamed() {
        StatementMetadata m = EXTRACTOR.extract("""
                Viet Nam - United States Joint Leaders' Statement
                Since 2013 the two countries have had a Comprehensive Partnership. The leaders decided to upgrade relations to a Comprehensive Strategic Partnership.
                """);
        assertThat(m.relationship()).isEqualTo("Comprehensive Strategic Partnership");
        assertThat(m.partners()).containsExactly("United States");
    }

    /** Language, partners, date and place, the fields most cases check. */
    private static void assertCore(StatementMetadata m, String language, List<String> partners, LocalDate date,
                                   String place) {
        assertThat(List.of(m.language(), m.partners(), String.valueOf(m.date()), String.valueOf(m.place())))
                .isEqualTo(List.of(language, partners, String.valueOf(date), String.valueOf(place)));
    }

    @Test
    void detectsTheLanguage() {
        assertThat(EXTRACTOR.detectLanguage("Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực")).isEqualTo("vi");
        assertThat(EXTRACTOR.detectLanguage("• Binh Duong\n• Thai Nguyen\nThe two sides agreed to strengthen cooperation"))
                .isEqualTo("en");
        assertThat(EXTRACTOR.detectLanguage("Việt Nam - Mông Cổ")).isEqualTo("vi");
        assertThat(EXTRACTOR.detectLanguage("")).isEqualTo("en");
    }

    @Test
    void survivesEmptyAndOddText() {
        StatementMetadata m = EXTRACTOR.extract("");
        assertThat(m.title()).isNull();
        assertThat(m.partners()).isEmpty();
        assertThat(m.date()).isNull();
        assertThat(EXTRACTOR.extract("\n\n   \n•\n31/02/2025\nquý XIV/2025").partners()).isEmpty();
    }
}
