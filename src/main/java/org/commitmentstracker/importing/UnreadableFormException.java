package org.commitmentstracker.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commitmentstracker.model.Explained;
import org.commitmentstracker.model.Explanation;

/**
 * An update form that cannot be read at all; nothing of it was applied. The message is English (the command line);
 * the window says it from its bundles by {@link #problem()}, naming the file and the {@code values}.
 */
public final class UnreadableFormException extends Exception implements Explained {
    private final String fileName;
    private final FormProblem problem;
    private final String reason;
    private final Explanation words;

    /** @param values what the window's words for {@code problem} name after the file name, in order */
    public UnreadableFormException(String fileName, FormProblem problem, String reason, Object... values) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
        this.problem = problem;
        this.reason = reason;
        List<Object> named = new ArrayList<>(List.of(fileName));
        named.addAll(Arrays.asList(values));
        this.words = new Explanation(getMessage(), "forms.problem." + problem.name(), named);
    }

    public String fileName() {
        return fileName;
    }

    public FormProblem problem() {
        return problem;
    }

    public String reason() {
        return reason;
    }

    /** The file name, then what {@link #problem()}'s words name. */
    @Override
    public Explanation words() {
        return words;
    }
}
