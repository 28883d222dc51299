package org.commitmentstracker.store;

import org.commitmentstracker.model.ExplainedIOException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Backups of a store in a folder, named by the moment they were made
 * ("commitments-2026-11-25_150312.db"). After each backup the folder keeps the newest ten, the
 * newest of each of the last fourteen days and the newest of every month; older ones are deleted.
 * The days matter because a backup is made at every start and after every import: a morning of
 * restarts must not push yesterday's state out of the folder. A backup is written under a temporary
 * name and renamed, so a half-written one never looks like a backup.
 */
public final class Backups {
    static final int KEEP_NEWEST = 10;
    static final int KEEP_DAYS = 14;
    private static final String PREFIX = "commitments-";
    private static final String SUFFIX = ".db";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    /** One backup file and when it was made. */
    public record Backup(Path file, LocalDateTime madeAt) {
    }

    private final Database database;
    private final Path folder;
    private final Clock clock;

    public Backups(Database database, Path folder, Clock clock) {
        this.database = database;
        this.folder = folder;
        this.clock = clock;
    }

    /** Makes a consistent copy of the store now, then prunes old ones; returns the copy. */
    public Path backUp() throws IOException {
        // A copy of a damaged store must not join (and prune) the good ones: the quick check passes first.
        database.awaitIntegrity();
        PrivateFiles.createFolder(folder);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), clock.getZone());
        Path target = folder.resolve(PREFIX + NAME.format(now) + SUFFIX);
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(PREFIX + NAME.format(now) + "-" + n + SUFFIX);
        }
        Path temp = folder.resolve("." + target.getFileName() + ".part");
        Files.deleteIfExists(temp);
        try {
            SqliteBackup.copy(database, temp);
            Files.move(temp, target);
        } catch (SQLException e) {
            throw new ExplainedIOException("the backup could not be written to " + folder + ": "
                    + StoreFileCheck.rootMessage(e), e, "backup.problem.NOT_WRITTEN", folder, StoreFileCheck.rootMessage(e));
        } finally {
            Files.deleteIfExists(temp);
        }
        prune();
        return target;
    }

    /** The backups in the folder, newest first. */
    public List<Backup> list() throws IOException {
        return list(folder);
    }

    /** The backups in a folder, newest first. */
    public static List<Backup> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                madeAt(file).ifPresent(at -> backups.add(new Backup(file, at)));
            }
        }
        backups.sort(Comparator.comparing(Backup::madeAt).reversed());
        return backups;
    }

    /** The newest backup that passes SQLite's integrity check, if any. */
    public static Optional<Backup> newestGood(Path folder) throws IOException {
        for (Backup backup : list(folder)) {
            if (SqliteBackup.problems(backup.file()).isEmpty()) {
                return Optional.of(backup);
            }
        }
        return Optional.empty();
    }

    /** Keeps the newest {@value #KEEP_NEWEST}, the newest of each of the last {@value #KEEP_DAYS} days and of each month. */
    void prune() throws IOException {
        List<Backup> backups = list();
        if (backups.isEmpty()) {
            return;
        }
        LocalDate firstKeptDay = backups.get(0).madeAt().toLocalDate().minusDays(KEEP_DAYS - 1);
        Set<YearMonth> months = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < backups.size(); i++) {
            Backup b = backups.get(i);
            boolean newestOfMonth = months.add(YearMonth.from(b.madeAt()));
            LocalDate day = b.madeAt().toLocalDate();
            boolean newestOfRecentDay = days.add(day) && !day.isBefore(firstKeptDay);
            if (i >= KEEP_NEWEST && !newestOfMonth && !newestOfRecentDay) {
                Files.deleteIfExists(b.file());
            }
        }
    }

    private static Optional<LocalDateTime> madeAt(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String stamp = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
        int dash = stamp.indexOf('-', "yyyy-MM-dd_HHmmss".length());
        try {
            return Optional.of(LocalDateTime.parse(dash > 0 ? stamp.substring(0, dash) : stamp, NAME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
