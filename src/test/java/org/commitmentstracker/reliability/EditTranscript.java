package org.commitmentstracker.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commitmentstracker.model.Status;

/**
 * What an edits child said before its kill: the status changes it was told were saved, in
 * order, and the one it was trying when killed, which may or may not have been stored.
 */
final class EditTranscript {
    private final List<StatusEdit> saved;
    private final StatusEdit unreported;

    private EditTranscript(List<StatusEdit> saved, StatusEdit unreported) {
        this.saved = List.copyOf(saved);
        this.unreported = unreported;
    }

    /** Reads the child's lines; edits run one after another, so each SAVED repeats the TRY before it. */
    static EditTranscript of(List<String> lines) {
        List<StatusEdit> saved = new ArrayList<>();
        StatusEdit trying = null;
        for (String line : lines) {
            String[] words = line.split(" ");
            if (words[0].equals("READY")) {
                continue;
            }
            StatusEdit edit = new StatusEdit(Long.parseLong(words[1]), Status.valueOf(words[2]));
            if (words[0].equals("TRY") && trying == null) {
                trying = edit;
            } else if (words[0].equals("SAVED") && edit.equals(trying)) {
                saved.add(edit);
                trying = null;
            } else {
                throw new IllegalArgumentException("out of order in the child's output: " + line);
            }
        }
        return new EditTranscript(saved, trying);
    }

    List<StatusEdit> saved() {
        return saved;
    }

    /** The change under way when the child was killed: it may have been stored just before. */
    Optional<StatusEdit> unreported() {
        return Optional.ofNullable(unreported);
    }

    /**
     * Whether the history of the run is exactly the saved changes, or those and the unreported
     * one: an edit reported saved is never lost, and nothing is stored that was not asked for.
     */
    boolean matches(List<StatusEdit> history) {
        if (history.equals(saved)) {
            return true;
        }
        return unreported != null && history.size() == saved.size() + 1
                && history.subList(0, saved.size()).equals(saved) && history.get(saved.size()).equals(unreported);
    }

    /** How many of the edits reported saved the history holds, each history row standing for one. */
    int savedFoundIn(List<StatusEdit> history) {
        Map<StatusEdit, Integer> rows = new HashMap<>();
        history.forEach(edit -> rows.merge(edit, 1, Integer::sum));
        int found = 0;
        for (StatusEdit edit : saved) {
            if (rows.getOrDefault(edit, 0) > 0) {
                rows.merge(edit, -1, Integer::sum);
                found++;
            }
        }
        return found;
    }

    /** Whether the history holds the unreported change as well (when {@link #matches} holds). */
    boolean unreportedStored(List<StatusEdit> history) {
        return unreported != null && history.size() == saved.size() + 1;
    }
}
