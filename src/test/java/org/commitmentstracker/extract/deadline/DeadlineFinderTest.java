package org.commitmentstracker.extract.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.commitmentstracker.extract.SeedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineFinderTest {
    static final DeadlineFinder FINDER = new DeadlineFinder();

    /** text | language | statement date or - | expected deadline or - | expected cue (optional). */
    static final String CASES = """
            The two sides agreed to organize the Vietnam Culture Days in 2025. | en | - | 2025-12-31 | in 2025
            Both sides strive to increase trade to USD 10 billion by 2030. | en | - | 2030-12-31 | by 2030
            invites senior Vietnamese leaders to attend the 80th anniversary of the Victory in the Great Patriotic War (May 9, 2025). | en | 2024-06-20 | 2025-05-09 | May 9, 2025
            The two sides agreed to sign the agreement in the first half of 2026. | en | - | 2026-06-30 | in the first half of 2026
            The working group will meet in the second half of 2025. | en | - | 2025-12-31
            The ministers will meet in July 2025 to review progress. | en | - | 2025-07-31 | in July 2025
            The two sides will complete negotiations by the end of 2026. | en | - | 2026-12-31 | by the end of 2026
            The first flight will open in Q3 2025. | en | - | 2025-09-30 | in Q3 2025
            The committee will convene in the third quarter of 2025. | en | - | 2025-09-30
            The agreement will be signed on 9 May 2025 in Hanoi. | en | - | 2025-05-09 | on 9 May 2025
            The report is due before 09/05/2025. | en | - | 2025-05-09 | before 09/05/2025
            The fund opens on 2025-05-09. | en | - | 2025-05-09
            The leaders will meet on September 30, 2026. | en | - | 2026-09-30 | on September 30, 2026
            Russia supports and commits to close collaboration with Viet Nam as the latter will host the APEC Year 2027. | en | 2024-06-20 | 2027-12-31 | APEC Year 2027
            Viet Nam will support Laos hosting ASEAN 2026. | en | - | 2026-12-31 | ASEAN 2026
            The festival will take place from 10 to 12 March 2026 in Da Nang. | en | - | 2026-03-12
            The sides will hold the forum on May 5-7, 2026 in Astana. | en | - | 2026-05-07
            The pilot will run in the first six months of 2026. | en | - | 2026-06-30
            The two sides noted the importance of organizing the Vietnam Culture Day in Kazakhstan in 2025 and the Kazakhstan Culture Day in Vietnam in 2026. | en | 2025-05-06 | 2025-12-31 | in 2025
            The ministries will finish the review by mid-2026. | en | - | 2026-06-30
            Hai bên nhất trí hoàn thành đàm phán trước ngày 31/12/2025. | vi | - | 2025-12-31 | trước ngày 31/12/2025
            Hai bên sẽ ký Bản ghi nhớ trong quý III/2025. | vi | - | 2025-09-30 | trong quý III/2025
            Hai bên sẽ khai trương đường bay thẳng trong quý 3 năm 2025. | vi | - | 2025-09-30
            Hai bên phấn đấu hoàn thành 6 tháng đầu năm 2026. | vi | - | 2026-06-30 | 6 tháng đầu năm 2026
            Dự án sẽ khởi công trong 6 tháng cuối năm 2025. | vi | - | 2025-12-31
            Hai bên sẽ tổ chức kỳ họp tiếp theo vào tháng 7/2025. | vi | - | 2025-07-31 | vào tháng 7/2025
            Hai bên sẽ tổ chức kỳ họp tiếp theo vào tháng 7 năm 2025. | vi | - | 2025-07-31
            Hai bên nhất trí hoàn tất thủ tục cuối năm 2026. | vi | - | 2026-12-31 | cuối năm 2026
            Hai bên nhất trí ký kết Hiệp định trước cuối năm 2026. | vi | - | 2026-12-31 | trước cuối năm 2026
            Hai bên nhất trí nâng kim ngạch thương mại lên 5 tỷ USD trước năm 2027. | vi | - | 2026-12-31 | trước năm 2027
            The two sides agreed to complete the negotiations before 2028. | en | - | 2027-12-31 | before 2028
            Hai bên sẽ tổ chức Năm Hữu nghị trong năm 2025. | vi | - | 2025-12-31 | trong năm 2025
            Năm 2025, hai bên sẽ phối hợp tổ chức Diễn đàn Doanh nghiệp. | vi | - | 2025-12-31 | Năm 2025
            Hội nghị sẽ diễn ra ngày 9/5/2025 tại Hà Nội. | vi | - | 2025-05-09 | ngày 9/5/2025
            Hai bên sẽ ký Hiệp định ngày 9 tháng 5 năm 2025. | vi | - | 2025-05-09 | ngày 9 tháng 5 năm 2025
            Hai bên phấn đấu nâng kim ngạch thương mại song phương lên 10 tỷ USD vào năm 2030. | vi | - | 2030-12-31 | vào năm 2030
            Hai bên phấn đấu đến năm 2030 đạt kim ngạch 1 tỷ USD. | vi | - | 2030-12-31 | đến năm 2030
            Hai bên nhất trí tổ chức kỳ họp Ủy ban liên Chính phủ trước ngày 30/9. | vi | 2025-05-06 | 2025-09-30 | trước ngày 30/9
            Việt Nam sẽ đăng cai Năm APEC 2027. | vi | - | 2027-12-31 | Năm APEC 2027
            The two sides agreed to promote cooperation in the coming time. | en | - | -
            The two sides will soon sign the agreement. | en | - | -
            President Putin invites General Secretary Nguyen Phu Trong to visit Russia at a convenient time. | en | - | -
            consider early signing of a Cooperation Agreement between the two National Assemblies. | en | - | -
            The two sides will hold talks early in the new year. | en | - | -
            The two sides agreed to sign the agreement at an early date. | en | - | -
            Hai bên nhất trí sớm hoàn thành mục tiêu nâng kim ngạch thương mại lên 200 triệu USD trong thời gian tới. | vi | 2024-10-01 | -
            The two sides strive to continue promoting the Cooperation Agreement in the field of culture and sports, signed in 2015; increase exchanges. | en | - | -
            agreed to further promote the twinning relationship between Hanoi and Astana established in 2012; between Bac Ninh province and East Kazakhstan in 2024; between Da Nang city and Aktau in 2025, as well as other pairs. | en | - | -
            agreed to further promote the twinning relationship between Hanoi and Astana established in 2012; between Bac Ninh province and East Kazakhstan in 2024; between Da Nang city and Aktau in 2025, as well as other pairs. | en | 2025-05-06 | -
            Cooperation has grown since 2012. | en | - | -
            strengthen cooperation within the framework of the Agreement on Educational Cooperation (2009) and the Protocol (2011). | en | - | -
            Viet Nam and Russia continue to consolidate the partnership. In 2025, the two countries will celebrate the 75th founding anniversary of their diplomatic relations. | en | 2024-06-20 | -
            Hai bên sẽ tổ chức trọng thể lễ kỷ niệm 75 năm thiết lập quan hệ ngoại giao năm 2025. | vi | - | -
            Support efforts to review the Treaty on the Non-Proliferation of Nuclear Weapons dated July 1, 1968. | en | - | -
            Support full and effective implementation of the Declaration on the Conduct of Parties in the East Sea (DOC) issued in 2022. | en | - | -
            accelerate cooperation on the basis of the ASEAN-Russia Comprehensive Plan of Action for 2021-2025 and draft a similar document. | en | 2024-06-20 | -
            Support the early conclusion and implementation of a master plan for the development of Viet Nam-Russia cooperation until 2030. | en | 2024-06-20 | -
            The Russian side welcomes Viet Nam's participation in the Foreign Ministerial Meeting of BRICS countries from June 10-11, 2024 in Nizhny Novgorod. | en | 2024-06-20 | -
            The free trade agreement was signed on May 29, 2015. | en | - | -
            The two sides highly appreciated the signing of the purchase agreement on December 24, 2024. | en | 2025-05-06 | -
            Mông Cổ ủng hộ Việt Nam tham gia Hiệp định vận tải đường bộ quốc tế ba bên đã ký năm 2016. | vi | - | -
            Kim ngạch thương mại song phương năm 2023 đạt hơn 120 triệu USD, 7 tháng đầu năm 2024 đạt 65,5 triệu USD. | vi | - | -
            Hai bên nhất trí triển khai Chiến lược phát triển đến năm 2030, tầm nhìn đến năm 2045. | vi | - | -
            Hai bên nhất trí triển khai hiệu quả Kế hoạch hành động giai đoạn 2021-2025. | vi | 2024-06-20 | -
            Strive for effectively implementing the 2030 Agenda for sustainable development. | en | - | -
            in line with the 1982 United Nations Convention on the Law of the Sea (UNCLOS 1982). | en | - | -
            The two sides will hold a summit in early 2026. | en | - | -
            Hai bên sẽ tổ chức Hội nghị vào đầu năm 2026. | vi | - | -
            Quan hệ hai nước được thiết lập từ năm 1950. | vi | - | -
            The two sides will meet in 2026 and hold the forum in 2025. | en | - | 2025-12-31 | in 2025
            The summit will be held in October 2025 and trade should reach USD 5 billion by 2030. | en | - | 2025-10-31 | in October 2025
            The ministers will meet in 2024. | en | 2025-05-06 | -
            The Vietnamese side will host the 2027 APEC Leaders' Meeting. | en | - | 2027-12-31 | 2027
            Hai bên nhất trí tổ chức kỳ họp lần thứ 5 Ủy ban liên Chính phủ vào quý IV năm 2025. | vi | - | 2025-12-31
            Hai bên nhất trí thực hiện Chương trình hợp tác giai đoạn 2026-2030. | vi | 2024-06-01 | -
            Hai bên phấn đấu nâng kim ngạch thương mại lên 2 tỷ USD trong giai đoạn 2026-2030. | vi | - | 2030-12-31
            Both sides welcomed the Joint Committee meeting held in Hanoi in March 2024 and agreed to hold the next one in 2026. | en | - | 2026-12-31 | in 2026
            Cooperation under the MoU signed on 12 November 2021 will continue until the end of 2026. | en | - | 2026-12-31
            Hai bên nhất trí triển khai hiệu quả Hiệp định có hiệu lực từ năm 2016. | vi | - | -
            Nhân dịp kỷ niệm 50 năm ngày 30/4/1975, hai bên sẽ ký Hiệp định trước cuối năm 2025. | vi | 2025-01-01 | 2025-12-31 | trước cuối năm 2025
            Both sides will explore participation in the programme for the academic year 2027/28. | en | 2026-03-10 | 2028-12-31
            Canada intends to offer 60 scholarships in the 2026-2027 academic year. | en | 2026-05-12 | 2027-12-31
            Hai bên trao 20 suất học bổng trong năm học 2025-2026. | vi | 2025-11-27 | 2026-12-31
            They intend to convene the Joint Economic Commission in the course of 2027. | en | 2026-03-10 | 2027-12-31
            Phiên họp đầu tiên tổ chức tại Đi-li trong quý đầu năm 2027. | vi | 2026-08-29 | 2027-03-31
            Hai bên ký kết Chương trình hợp tác văn hóa trước tháng 10/2026. | vi | 2026-04-09 | 2026-09-30
            Hai bên giao các bộ hoàn tất thủ tục ngay trong năm nay. | vi | 2025-11-27 | 2025-12-31
            Kenya will deploy agricultural experts before the close of this year. | en | 2026-03-24 | 2026-12-31
            The two sides agreed to double trade, which reached USD 480 million in 2024, by 2030. | en | 2025-11-25 | 2030-12-31
            The sides agreed to review the Agreement signed in 2008, to hold a meeting in the third quarter of 2026. | en | 2026-03-11 | 2026-09-30
            Develop a national action plan on plastic waste	Danish EPA / MAE	2026-2027 | en | 2026-03-12 | 2027-12-31
            Launch the feasibility study	MOIT / MDIC	2026 | en | 2025-09-01 | 2026-12-31
            Ukraine will stand for the Human Rights Council for the term 2026-2028. | en | 2025-01-01 | -
            Hai bên nhất trí mở đường bay thẳng trước Tết Nguyên đán Bính Ngọ 2026. | vi | 2025-11-27 | 2026-02-17
            The two sides will open the route before Tet 2027. | en | 2026-03-01 | 2027-02-06
            """;

    static Stream<Arguments> cases() {
        return CASES.lines().filter(l -> !l.isBlank()).map(line -> {
            String[] c = line.split("\\|");
            return Arguments.of(c[0].strip(), c[1].strip(), date(c[2]), date(c[3]), c.length > 4 ? c[4].strip() : null);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheDeadlineTheTextTiesToTheAction(String text, String language, LocalDate statementDate,
                                                LocalDate expected, String cue) {
        Optional<Deadline> found = FINDER.find(text, language, statementDate);
        assertThat(found.map(Deadline::date).orElse(null)).isEqualTo(expected);
        if (cue != null) {
            assertThat(found.orElseThrow().cue()).isEqualTo(cue);
        }
    }

    @Test
    void hasManyCasesInBothLanguages() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
        assertThat(cases().filter(a -> a.get()[1].equals("vi")).count()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void everyVaguePhraseOfTheListGivesNoDeadline() {
        CueWords.entries("vague").stream().filter(e -> e.value().equals("phrase")).forEach(e ->
                assertThat(FINDER.find("The two sides agreed to sign the agreement " + e.phrase() + ".", e.language(), null))
                        .as(e.phrase()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2025", "quý XIV/2025", "99/99/9999", "", "   ", "ngày 31/02/2025", "tháng 13/2025",
        "////----2025----////", "ngày ngày ngày 2025/2025/2025", "Q9 2025", "from May 40-41, 2025", "Mười Hai",
        "quý /2025", "the first 99 months of 2025", "2025-13-45", "🙂 năm 🙂 2025 🙂", "năm 20255", "0/0/2025",
        // What DeadlineFinderPropertiesTest shrank a crash to: a date inside the anniversary words "năm ngày".
        "năm ngày 0 to 1 May "})
    void neverThrowsOnGarbage(String text) {
        assertThatCode(() -> FINDER.find(text, "vi", null)).doesNotThrowAnyException();
        assertThatCode(() -> FINDER.find(text, "en", LocalDate.of(2024, 1, 1))).doesNotThrowAnyException();
        assertThat(FINDER.find(text, "en", null)).isEmpty();
    }

    @Test
    void toleratesNullText() {
        assertThat(FINDER.find(null, null, null)).isEmpty();
    }

    /** Every commitment of the seed statements gets the deadline its gold file gives (mostly none). */
    @Test
    void seedCommitmentsGetTheirGoldDeadlines() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String file : SeedCorpus.FILES) {
            JsonNode g = new ObjectMapper().readTree(SeedCorpus.gold(file).toFile());
            String source = SeedCorpus.seedText(file);
            LocalDate date = LocalDate.parse(g.get("date").asText());
            List<JsonNode> units = new ArrayList<>();
            g.get("units").forEach(units::add);
            int cursor = 0;
            for (int i = 0; i < units.size(); i++) {
                int start = source.indexOf(units.get(i).get("start").asText(), cursor);
                int end = i + 1 < units.size() ? source.indexOf(units.get(i + 1).get("start").asText(), start + 1)
                        : source.length();
                cursor = start + 1;
                if (!units.get(i).get("class").asText().equals("commitment")) {
                    continue;
                }
                LocalDate expected = date(units.get(i).get("deadline").asText("-"));
                LocalDate got = FINDER.find(source.substring(start, end), g.get("language").asText(), date)
                        .map(Deadline::date).orElse(null);
                checked++;
                if (!java.util.Objects.equals(expected, got)) {
                    wrong.add(units.get(i).get("start").asText() + ": gold " + expected + ", got " + got);
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    private static LocalDate date(String s) {
        String t = s.strip();
        return t.equals("-") || t.equals("null") || t.isEmpty() ? null : LocalDate.parse(t);
    }
}
