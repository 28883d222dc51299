package org.commitmentstracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.commitmentstracker.model.ExplainedIOException;
import org.commitmentstracker.service.EditRefusedException;
import org.commitmentstracker.store.WorkspaceAlreadyOpenException;
import org.commitmentstracker.store.WorkspaceException;
import org.commitmentstracker.ui.Messages;
import org.junit.jupiter.api.Test;

/** The workspace's problems as the window says them: in the UI's language, not the store's English. */
class AppExplainTest {
    private final Messages vietnamese = new Messages(Locale.forLanguageTag("vi"));
    private final Messages english = new Messages(Locale.ENGLISH);

    @Test
    void everyEditRefusalAndAFileThatCannotBeWrittenAreSaidInVietnamese() {
        for (EditRefusedException.Refusal refusal : EditRefusedException.Refusal.values()) {
            EditRefusedException e = new EditRefusedException(refusal, "English", "X");
            assertThat(App.explain(vietnamese, e)).as(refusal.name()).doesNotStartWith("!").isNotEqualTo("English");
            assertThat(App.explain(english, e)).as(refusal.name()).doesNotStartWith("!");
        }
        assertThat(App.explain(vietnamese, new EditRefusedException(EditRefusedException.Refusal.BLANK_NOTE,
                "a progress note needs some text"))).isEqualTo("ghi chú tiến độ cần có nội dung");
        // Wrapped where an interface allows no checked exception: the cause still has its words.
        var wrapped = new java.io.UncheckedIOException("English", new ExplainedIOException("English", null,
                "backup.problem.NOT_WRITTEN", "/b", "disk full"));
        assertThat(App.explain(vietnamese, wrapped)).isEqualTo("không ghi được bản sao lưu vào /b: disk full");
    }

    @Test
    void everyWorkspaceProblemHasWordsInBothLanguages() {
        for (WorkspaceException.Problem problem : WorkspaceException.Problem.values()) {
            WorkspaceException e = new WorkspaceException(problem, "English", null, "A", "B", "C", "D");
            assertThat(App.explain(vietnamese, e)).as(problem.name()).doesNotStartWith("!").isNotEqualTo("English");
            assertThat(App.explain(english, e)).as(problem.name()).doesNotStartWith("!").contains("A");
        }
    }

    @Test
    void aProblemIsSaidInVietnameseWithItsPath() {
        Path folder = Path.of("/media/usb/cam-ket");

        assertThat(App.explain(vietnamese, new WorkspaceAlreadyOpenException(folder))).isEqualTo(
                "Bộ dữ liệu tại " + folder + " đang được mở trong một cửa sổ Theo dõi cam kết khác. "
                        + "Hãy đóng cửa sổ đó trước.");
    }

    @Test
    void aFailureWithoutWordsOfItsOwnIsShownAsItsMessage() {
        assertThat(App.explain(vietnamese, new WorkspaceException("disk on fire"))).isEqualTo("disk on fire");
        assertThat(App.explain(vietnamese, new IllegalStateException("boom"))).isEqualTo("boom");
    }
}
