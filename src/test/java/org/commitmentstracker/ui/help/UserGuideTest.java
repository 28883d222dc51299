package org.commitmentstracker.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide's files: both languages say the same things, in the same sections, in a form the window can show. */
class UserGuideTest {
    private final UserGuide english = UserGuide.load("en");
    private final UserGuide vietnamese = UserGuide.load("vi");

    @Test
    void bothLanguagesHaveTheSameSectionsInTheSameOrder() {
        assertThat(ids(english)).containsExactly("start", "import", "followup", "find", "statements", "report",
                "forms", "backups", UserGuide.SHORTCUTS);
        assertThat(ids(vietnamese)).isEqualTo(ids(english));
        for (UserGuide.Section section : english.sections()) {
            UserGuide.Section translated = vietnamese.section(section.id()).orElseThrow();
            assertThat(translated.blocks()).as(section.id()).hasSize(section.blocks().size());
            for (int i = 0; i < section.blocks().size(); i++) {
                assertThat(translated.blocks().get(i).getClass()).as(section.id() + " block " + i)
                        .isEqualTo(section.blocks().get(i).getClass());
            }
        }
    }

    @Test
    void bothLanguagesListTheSameKeysAndTheVietnameseSaysWhatTheyDoInVietnamese() {
        assertThat(english.shortcuts()).isNotEmpty();
        assertThat(vietnamese.shortcuts()).extracting(UserGuide.Shortcut::keys)
                .isEqualTo(english.shortcuts().stream().map(UserGuide.Shortcut::keys).toList());
        for (int i = 0; i < english.shortcuts().size(); i++) {
            assertThat(vietnamese.shortcuts().get(i).action()).isNotEqualTo(english.shortcuts().get(i).action());
        }
    }

    @Test
    void everySectionHasATitleAndTextAndTheVietnameseIsWrittenWithItsDiacritics() {
        for (UserGuide guide : List.of(english, vietnamese)) {
            assertThat(guide.sections()).allSatisfy(s -> {
                assertThat(s.title()).isNotBlank();
                assertThat(s.blocks()).isNotEmpty();
            });
        }
        for (UserGuide.Section section : vietnamese.sections()) {
            assertThat(section.text()).as(section.id()).matches("(?s).*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*");
            assertThat(section.text()).isEqualTo(Normalizer.normalize(section.text(), Normalizer.Form.NFC));
            assertThat(section.title()).isNotEqualTo(english.section(section.id()).orElseThrow().title());
        }
    }

    @Test
    void readsParagraphsListsNumberedStepsAndShortcutRows() {
        UserGuide guide = UserGuide.parse("""
                # one: First
                A paragraph
                on two lines.

                - a point
                - another

                1. first step
                2. second step

                # shortcuts: Keys
                F1 | Help
                Ctrl+, | Settings
                """);

        assertThat(ids(guide)).containsExactly("one", "shortcuts");
        UserGuide.Section one = guide.sections().get(0);
        assertThat(one.title()).isEqualTo("First");
        assertThat(one.blocks()).containsExactly(new UserGuide.Paragraph("A paragraph on two lines."),
                new UserGuide.Bullets(List.of("•  a point", "•  another")),
                new UserGuide.Bullets(List.of("1. first step", "2. second step")));
        assertThat(guide.shortcuts()).containsExactly(new UserGuide.Shortcut("F1", "Help"),
                new UserGuide.Shortcut("Ctrl+,", "Settings"));
        assertThat(one.text()).startsWith("First\n\nA paragraph on two lines.\n\n•  a point");
    }

    @Test
    void theWindowsModelShowsTheFirstSectionThenTheOneAskedFor() {
        UserGuideViewModel model = new UserGuideViewModel("vi");
        assertThat(model.shownProperty().get().id()).isEqualTo("start");

        model.show(UserGuide.SHORTCUTS);
        assertThat(model.shownProperty().get().title()).isEqualTo("Phím tắt");
        model.show("no-such-section");
        assertThat(model.shownProperty().get().id()).isEqualTo(UserGuide.SHORTCUTS);
    }

    private static List<String> ids(UserGuide guide) {
        return guide.sections().stream().map(UserGuide.Section::id).toList();
    }
}
