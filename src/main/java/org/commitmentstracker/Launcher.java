package org.commitmentstracker;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.commitmentstracker.cli.MainCommand;
import picocli.CommandLine;

/**
 * The entry point. It does not extend javafx.application.Application, so {@code java -jar}
 * works with JavaFX on the class path, and {@code --help}/{@code --version} never start JavaFX.
 */
public final class Launcher {
    /** Held so that the level set on it is not lost to garbage collection. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final Logger JOOQ_LOG = Logger.getLogger("org.jooq");
    /**
     * jOOQ's open-source POSTGRES dialect warns at every command that PostgreSQL 14 is older than it supports; the
     * team workspace is built and tested on 14 (docs/team-workspace.md), and the warning would be noise to an officer.
     */
    private static final Logger JOOQ_VERSION_LOG = Logger.getLogger("org.jooq.impl.DefaultExecuteContext.logVersionSupport");
    /** JavaFX warns when it is loaded from the class path, which is how `java -jar` runs it. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    /**
     * PDFBox tells in warnings how it copes with a damaged PDF ("Invalid dictionary, found ... at offset 95"); the
     * reader's one-line reason is what the officer needs, so only its errors are kept.
     */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");
    private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");
    /**
     * Flyway logs the database's whole address at INFO ("Database: jdbc:postgresql://…?…"), and the
     * PostgreSQL driver its connection details below WARNING: passwords and server addresses are never
     * written to logs (NoSecretsInLogsTest).
     */
    private static final Logger POSTGRES_LOG = Logger.getLogger("org.postgresql");
    /**
     * Lucene (finding repeats) warns at its first use that the runtime is not one it can tune for (the packaged
     * runtime leaves out jdk.management) and that a newer Lucene would use Java's vector API: nothing an officer can act on.
     */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");
    /**
     * POI warns while reading an old Word file which code page it takes ("Couldn't find a defined charset; backing off
     * to cp1252"): the reader's text, or its one-line reason, is what the officer needs.
     */
    private static final Logger POI_LOG = Logger.getLogger("org.apache.poi");

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupTiming.mark("launcher");
        quietLibraries();
        java.util.Optional<java.nio.file.Path> desktopOnly = MainCommand.desktopOnly(args);
        MainCommand command = new MainCommand();
        int exitCode = desktopOnly.isPresent() ? 0 : new CommandLine(command).execute(args);
        if (exitCode == 0 && (desktopOnly.isPresent() || command.guiRequested())) {
            DesktopStartup desktop = new DesktopStartup();
            exitCode = desktopOnly.isPresent() ? desktop.start(desktopOnly.get())
                    : desktop.start(command.dataDir(), command.server(), command.user());
            if (exitCode == 0) {
                try {
                    desktop.waitUntilClosed(); // the app runs until its last window closes
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return; // work still closing the store (its own threads) ends before the JVM does
            }
        }
        System.exit(exitCode);
    }

    /** Libraries' start-up banners and migration chatter are noise to a desk officer. */
    static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        FLYWAY_LOG.setLevel(Level.WARNING);
        JOOQ_LOG.setLevel(Level.WARNING);
        POSTGRES_LOG.setLevel(Level.WARNING);
        JOOQ_VERSION_LOG.setLevel(Level.SEVERE);
        PDFBOX_LOG.setLevel(Level.SEVERE);
        FONTBOX_LOG.setLevel(Level.SEVERE);
        LUCENE_LOG.setLevel(Level.SEVERE);
        POI_LOG.setLevel(Level.SEVERE);
        JAVAFX_LOG.setFilter(entry -> entry.getMessage() == null
                || !entry.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
