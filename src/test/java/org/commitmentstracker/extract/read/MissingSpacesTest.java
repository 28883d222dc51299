package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingSpacesTest {
    @Test
    void spacesLostAfterTonedVowelsAreFlaggedWhenSeenManyTimes() {
        String lost = "Lãnh đạo Việt Nam - Mông Cổhướng tới đẩy mạnh hợp tác, Hai bên nhất trívề việc thúc đẩy hợp tác"
                + " với Hà Nộivà bảo vệhòa bình, hỗ trợlẫn nhau, Hai bên sẽhỗ trợ giao lưu nhân dân hai nước.";
        assertThat(MissingSpaces.count(lost)).isGreaterThanOrEqualTo(MissingSpaces.MIN_COUNT);
        assertThat(MissingSpaces.warnings(lost)).singleElement().asString()
                .startsWith("Spaces seem lost between words in this PDF").contains("Cổhướng");
    }

    @Test
    void ordinaryVietnameseAndEnglishAreNotFlagged() {
        String vietnamese = "Hai bên nhất trí tăng cường hợp tác quốc phòng, an ninh; thúc đẩy giao lưu nhân dân, "
                + "văn hóa, giáo dục, khoa học công nghệ và đổi mới sáng tạo; phối hợp chặt chẽ tại các diễn đàn "
                + "khu vực và quốc tế như Liên Hợp Quốc, ASEAN, APEC; nghiên cứu thành lập cơ chế đối thoại.";
        assertThat(MissingSpaces.warnings(vietnamese)).isEmpty();
        assertThat(MissingSpaces.warnings("The café résumé of the naïve délégation was sent to Hà Nội.")).isEmpty();
    }

    @Test
    void aSourceTextWithoutDoubtsHasNoWarnings() {
        assertThat(new SourceText("a.txt", "text", null, "txt").warnings()).isEmpty();
    }
}
