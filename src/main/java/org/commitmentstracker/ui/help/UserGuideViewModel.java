package org.commitmentstracker.ui.help;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The user guide's window: the guide in the UI's language and the section on show. */
public final class UserGuideViewModel {
    private final UserGuide guide;
    private final ObjectProperty<UserGuide.Section> shown = new SimpleObjectProperty<>();

    /** The guide in {@code language} ("en" or "vi"), showing its first section. */
    public UserGuideViewModel(String language) {
        this(UserGuide.load(language));
    }

    UserGuideViewModel(UserGuide guide) {
        this.guide = guide;
        shown.set(guide.sections().isEmpty() ? null : guide.sections().get(0));
    }

    /** The table of contents. */
    public List<UserGuide.Section> sections() {
        return guide.sections();
    }

    /** The section on show. */
    public ObjectProperty<UserGuide.Section> shownProperty() {
        return shown;
    }

    /** Shows the section {@code id}; an unknown id changes nothing. */
    public void show(String id) {
        guide.section(id).ifPresent(shown::set);
    }
}
