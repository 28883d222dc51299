package org.commitmentstracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * A commitment's sector comes from the heading above it first, as far as that heading reaches,
 * then from its own words (RUBRIC.md): statements written for these tests, in English and Vietnamese.
 */
class HeadingSectorsTest {
    static Extraction extract(String text) throws Exception {
        return StatementExtractorTest.EXTRACTOR.extract(new StatementReaders().fromClipboard(text));
    }

    static ExtractedUnit starting(Extraction e, String start) {
        return e.units().stream().filter(u -> u.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void aShortNumberedLineIsAHeadingThatEndsAtTheNextNumberedParagraph() throws Exception {
        Extraction e = extract("""
                Home | News | Culture | Sports | Media

                Joint Statement between Viet Nam and the Republic of Freedonia

                1. The two leaders held talks in Ha Noi on 3 March 2026.

                2. Defence cooperation

                The two sides agreed to:
                a) expand training courses and scholarships for naval officers;
                b) hold annual staff talks from 2026.

                3. The two sides will open a direct air route between Ha Noi and Freedonia City in 2026.

                4. Regional and multilateral cooperation

                The two sides agreed to coordinate closely at the United Nations.

                The President of Freedonia invited the President of Viet Nam to visit Freedonia in 2027; the invitation was accepted.
                """);
        assertThat(starting(e, "Defence cooperation").kind()).isEqualTo(UnitKind.HEADING);
        assertThat(starting(e, "expand training courses").sector()).as("training under a defence heading").isEqualTo(Sector.DEF);
        assertThat(starting(e, "expand training courses").sectorCue()).contains("Defence cooperation");
        assertThat(starting(e, "hold annual staff talks").sector()).isEqualTo(Sector.DEF);
        assertThat(starting(e, "The two sides will open a direct air route").sector()).as("after the heading's scope")
                .isEqualTo(Sector.TRA);
        assertThat(starting(e, "The two sides agreed to coordinate").sector()).isEqualTo(Sector.MUL);
        assertThat(starting(e, "The President of Freedonia invited").sector()).as("the closing invitation")
                .isEqualTo(Sector.POL);
    }

    @Test
    void aLabelNamesTheFieldOfItsUnitAndOfTheItemsBelowIt() throws Exception {
        Extraction e = extract("""
                Joint Press Statement between Viet Nam and the Republic of Freedonia

                The two sides agreed to strengthen cooperation in the following fields:
                - Agriculture: opening markets for fresh fruit and dairy products in 2026;
                - Trade: removing barriers to investment by enterprises of both countries;
                - On defence and security, the two sides agreed to:
                * exchange training delegations between their academies;
                * share information at sea.

                The two sides agreed to increase scholarships for students.
                """);
        assertThat(starting(e, "Agriculture: opening markets").sector()).isEqualTo(Sector.AGR);
        assertThat(starting(e, "Trade: removing barriers").sector()).isEqualTo(Sector.ECO);
        assertThat(starting(e, "exchange training delegations").sector()).isEqualTo(Sector.DEF);
        assertThat(starting(e, "share information at sea").sector()).isEqualTo(Sector.DEF);
        assertThat(starting(e, "The two sides agreed to increase scholarships").sector()).as("after the list")
                .isEqualTo(Sector.EDU);
    }

    @Test
    void vietnameseHeadingsEndingInAColonAndLabelLeadIns() throws Exception {
        Extraction e = extract("""
                Tuyên bố chung Việt Nam - Freedonia

                Về hợp tác quốc phòng - an ninh:

                Hai bên nhất trí tăng cường đào tạo sĩ quan và trao đổi học bổng cho học viên quân sự.

                II. HỢP TÁC KINH TẾ

                Hai bên nhất trí các biện pháp sau:
                - Về nông nghiệp: hai bên sẽ mở cửa thị trường cho trái cây tươi trong năm 2026;
                - Về thương mại, đầu tư, hai bên nhất trí:
                + Phấn đấu hoàn thành đàm phán trong năm 2027;
                + Nâng cấp các cặp cửa khẩu biên giới;
                - Về giáo dục: Việt Nam tiếp tục cấp học bổng cho sinh viên Freedonia.

                Hai bên nhất trí tăng cường hợp tác tại Liên hợp quốc và ASEAN.
                """);
        assertThat(starting(e, "Về hợp tác quốc phòng - an ninh:").kind()).isEqualTo(UnitKind.HEADING);
        assertThat(starting(e, "Hai bên nhất trí tăng cường đào tạo sĩ quan").sector()).isEqualTo(Sector.DEF);
        assertThat(starting(e, "Về nông nghiệp:").sector()).isEqualTo(Sector.AGR);
        assertThat(starting(e, "Phấn đấu hoàn thành đàm phán").sector()).isEqualTo(Sector.ECO);
        assertThat(starting(e, "Nâng cấp các cặp cửa khẩu").sector()).isEqualTo(Sector.ECO);
        assertThat(starting(e, "Về giáo dục:").sector()).isEqualTo(Sector.EDU);
        assertThat(starting(e, "Hai bên nhất trí tăng cường hợp tác tại Liên hợp quốc").sector())
                .as("under the section \"HỢP TÁC KINH TẾ\", among its fields").isEqualTo(Sector.ECO);
    }
}
