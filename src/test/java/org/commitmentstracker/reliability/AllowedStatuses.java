package org.commitmentstracker.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commitmentstracker.model.Status;

/**
 * The statuses each commitment may have after the runs so far: the last one reported saved (or
 * the one it started with), or one tried after that, which may have been stored unreported.
 */
final class AllowedStatuses {
    private final Map<Long, Status> lastSaved;
    private final Map<Long, Set<Status>> triedSince = new HashMap<>();

    AllowedStatuses(Map<Long, Status> start) {
        this.lastSaved = new HashMap<>(start);
    }

    void record(EditTranscript run) {
        for (StatusEdit edit : run.saved()) {
            lastSaved.put(edit.commitmentId(), edit.status());
            triedSince.remove(edit.commitmentId());
        }
        run.unreported().ifPresent(edit ->
                triedSince.computeIfAbsent(edit.commitmentId(), id -> new HashSet<>()).add(edit.status()));
    }

    /** The commitments whose stored status is none of those allowed, each with both. */
    List<String> mismatches(Map<Long, Status> stored) {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<Long, Status> entry : lastSaved.entrySet()) {
            long id = entry.getKey();
            Status now = stored.get(id);
            if (now != entry.getValue() && !triedSince.getOrDefault(id, Set.of()).contains(now)) {
                mismatches.add("commitment " + id + " is " + now + ", last saved as " + entry.getValue()
                        + (triedSince.containsKey(id) ? " (then tried " + triedSince.get(id) + ")" : ""));
            }
        }
        if (!stored.keySet().equals(lastSaved.keySet())) {
            mismatches.add("the store holds " + stored.size() + " commitments, not the " + lastSaved.size()
                    + " the runs started with");
        }
        return mismatches;
    }
}
