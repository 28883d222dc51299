package org.commitmentstracker.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commitmentstracker.extract.read.StatementProblem;
import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.extract.read.UnreadableStatementException;
import org.commitmentstracker.importing.FormProblem;
import org.commitmentstracker.importing.UnreadableFormException;
import org.commitmentstracker.ui.Messages;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus as the window says it: every file the readers refuse, and every form refused whole, has its
 * words in the bundles of both languages; the Vietnamese window says no English. (The command line's English is
 * checked by {@link BadInputCorpusTest}.)
 */
class BadInputWordsTest {
    private final Messages vietnamese = new Messages(Locale.forLanguageTag("vi"));
    private final Messages english = new Messages(Locale.ENGLISH);

    @Test
    void everyStatementTheReadersRefuseIsSaidInVietnamese() throws Exception {
        Map<String, String> said = new LinkedHashMap<>();
        for (CorpusEntry entry : CorpusEntry.load(BadInputCorpusTest.CORPUS)) {
            if (!entry.isStatement() || entry.expected() == StatementProblem.NO_COMMITMENTS) {
                continue;
            }
            UnreadableStatementException refused = catchThrowableOfType(
                    () -> new StatementReaders().read(entry.file()), UnreadableStatementException.class);
            assertThat(refused).as(entry.toString()).isNotNull();
            String vi = vietnamese.explain(refused);
            assertThat(vi).as(entry.toString()).doesNotContain("!statement").isNotEqualTo(english.explain(refused))
                    .doesNotContain(refused.reason());
            assertThat(english.explain(refused)).as(entry.toString()).doesNotContain("!statement");
            said.put(entry.fileName(), vi);
        }
        assertThat(said).containsEntry("image-renamed.docx", "Đây là tệp hình ảnh, không phải tuyên bố.")
                .containsEntry("binary.txt", "Đây không phải là tệp văn bản.")
                .containsEntry("empty.txt", "Tệp trống.")
                .containsEntry("scanned.pdf", "Tệp PDF này không có lớp chữ (có phải là bản quét?).")
                .containsEntry("damaged.docx", "Tệp bị hỏng hoặc không phải là tệp Word hợp lệ.")
                .containsEntry("old-word.doc", "Đây là tệp Word 6 hoặc Word 95: hãy lưu lại dưới dạng .docx.")
                .containsEntry("statement-fr.txt",
                        "Tệp được viết bằng tiếng Pháp: chỉ đọc được tuyên bố bằng tiếng Anh và tiếng Việt.")
                .containsEntry("statement-ru.txt",
                        "Tệp được viết bằng một hệ chữ khác: chỉ đọc được tuyên bố bằng tiếng Anh và tiếng Việt.");
        assertThat(said.get("mixed-encodings.txt")).startsWith("Tệp trộn lẫn hai bảng mã").contains("(từ dòng ");
    }

    @Test
    void anEmptyClipboardIsSaidAsSuch() {
        UnreadableStatementException refused = catchThrowableOfType(
                () -> new StatementReaders().fromClipboard(" \n"), UnreadableStatementException.class);

        assertThat(vietnamese.explain(refused))
                .isEqualTo("Bộ nhớ tạm không có nội dung: hãy sao chép văn bản của tuyên bố trước.");
        assertThat(refused.getMessage()).isEqualTo("clipboard: is empty");
    }

    @Test
    void everyFormRefusedWholeIsSaidInBothLanguages() {
        for (FormProblem problem : FormProblem.values()) {
            UnreadableFormException e = new UnreadableFormException("form.xlsx", problem, "English", "B", "C", "D");
            for (Messages words : List.of(vietnamese, english)) {
                assertThat(words.explain(e)).as(problem.name()).doesNotStartWith("!").contains("form.xlsx")
                        .isNotEqualTo(e.getMessage());
            }
        }
    }
}
