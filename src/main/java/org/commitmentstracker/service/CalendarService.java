package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.report.DeadlineCalendar;
import org.commitmentstracker.store.HistoryRepository;
import org.commitmentstracker.store.WorkspaceSettings;

/**
 * "Add deadlines to my calendar" and {@code export-calendar}: the open commitments with a deadline as an
 * iCalendar file, one all-day event each with reminders 14 and 3 days before. Each event's UID joins the
 * commitment's id to the workspace's identity, so the same commitment of the same workspace has the same
 * UID at every export (a calendar updates the event instead of adding a second one).
 *
 * <p>The workspace's identity: for a team workspace, its server's address; for an offline copy, the address
 * of the server it was taken from (the copy keeps the server's ids, so its events are the server's); for a
 * workspace on the laptop, a random id kept in the workspace itself ({@value #WORKSPACE_ID}), made at its
 * first calendar export and carried along when the workspace is moved, copied or restored.
 */
public final class CalendarService implements CalendarExports {
    /** Workspace setting: a laptop workspace's own identity (a UUID). */
    static final String WORKSPACE_ID = "calendar.workspace_id";

    private final CommitmentService commitments;
    private final HistoryRepository history;
    private final AgencyService agencies;
    private final WorkspaceSettings settings;
    private final Supplier<String> serverIdentity;
    private final Clock clock;

    /** @param serverIdentity the address of the server this workspace is, or was copied from; null for neither */
    CalendarService(CommitmentService commitments, HistoryRepository history, AgencyService agencies,
                    WorkspaceSettings settings, Supplier<String> serverIdentity, Clock clock) {
        this.commitments = commitments;
        this.history = history;
        this.agencies = agencies;
        this.settings = settings;
        this.serverIdentity = serverIdentity;
        this.clock = clock;
    }

    /** What an export wrote: the file and how many events it holds. */
    public record Written(Path file, int events) {
    }

    /**
     * Writes the calendar of the open commitments with a deadline, of these owners only when {@code ownerCodes}
     * is not empty. Once the workspace holds a statement of the officer's own, the sample's are left out (as in
     * the report).
     *
     * @param language "vi" or "en": the words of the events
     * @throws IllegalArgumentException naming the owner codes no agency has, and the codes there are
     * @throws IOException              when the file cannot be written
     */
    @Override
    public Written export(Path out, Collection<String> ownerCodes, String language) throws IOException {
        Set<String> owners = knownOwners(ownerCodes);
        List<CommitmentOverview> all = commitments.overview();
        boolean ownStatements = all.stream().anyMatch(c -> !c.sample());
        List<CommitmentOverview> open = all.stream()
                .filter(c -> c.deadline() != null && !c.status().isClosed())
                .filter(c -> !(ownStatements && c.sample()))
                .filter(c -> owners.isEmpty() || c.owner() != null && owners.contains(c.owner().code()))
                .sorted(Comparator.comparing(CommitmentOverview::deadline)
                        .thenComparingLong(CommitmentOverview::commitmentId))
                .toList();
        Map<Long, Integer> changes = history.countsByCommitment();
        String workspace = workspaceIdentity();
        List<DeadlineCalendar.Entry> entries = open.stream().map(c -> new DeadlineCalendar.Entry(c,
                uid(workspace, c.commitmentId()), changes.getOrDefault(c.commitmentId(), 0))).toList();
        new DeadlineCalendar(language).write(entries, clock.instant(), out);
        return new Written(out, entries.size());
    }

    /** The codes asked for, as the directory writes them; refuses any it does not have. */
    private Set<String> knownOwners(Collection<String> ownerCodes) {
        if (ownerCodes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = agencies.agencies().stream().map(Agency::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> wanted = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (String code : ownerCodes) {
            String strip = code.strip();
            known.stream().filter(k -> k.equalsIgnoreCase(strip)).findFirst()
                    .ifPresentOrElse(wanted::add, () -> unknown.add(strip));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No agency has the code " + String.join(", ", unknown)
                    + "; the codes are: " + String.join(", ", known) + ".");
        }
        return wanted;
    }

    /** The workspace's identity (see the class): the same at every export of this workspace. */
    String workspaceIdentity() {
        String server = serverIdentity.get();
        if (server != null) {
            return "server " + server;
        }
        return settings.get(WORKSPACE_ID).orElseGet(() -> {
            String made = UUID.randomUUID().toString();
            settings.put(WORKSPACE_ID, made);
            return made;
        });
    }

    /** "commitment-42-1f2e3d4c5b6a7980@commitments-tracker": the commitment's id and a digest of the workspace's. */
    static String uid(String workspaceIdentity, long commitmentId) {
        return "commitment-" + commitmentId + "-" + digest(workspaceIdentity) + "@commitments-tracker";
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses an output the calendar cannot be written to, naming the file and what is wrong. */
    public static void checkOutput(Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ics")) {
            throw new IllegalArgumentException(out.getFileName() + ": a calendar file is named .ics");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(out.getFileName() + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + " is a folder; give a file name ending in .ics");
        }
        if (!Files.isWritable(folder) || Files.exists(out) && !Files.isWritable(out)) {
            throw new IllegalArgumentException(out + ": you may not write there; choose another folder");
        }
    }
}
