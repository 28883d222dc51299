package org.commitmentstracker.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another program (a child JVM, as a database viewer or a sync tool would be) that holds the
 * store under SQLite's exclusive lock until it is closed. The lock is an OS file lock taken in
 * another process, as the app meets it in the field.
 */
public final class OtherProgramLock implements AutoCloseable {
    private final Process process;

    private OtherProgramLock(Process process) {
        this.process = process;
    }

    /** Starts the other program and returns once it holds the lock. */
    public static OtherProgramLock hold(Path store) throws IOException {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OtherProgramLock.class.getName(), store.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"locked".equals(line)) {
            process.destroyForcibly();
            throw new IOException("the other program did not take the lock: " + line);
        }
        return new OtherProgramLock(process);
    }

    /** Lets go of the lock (the other program rolls back and exits). */
    @Override
    public void close() throws IOException, InterruptedException {
        try (OutputStream in = process.getOutputStream()) {
            in.write('\n');
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("the other program did not exit");
        }
    }

    /** The other program: BEGIN EXCLUSIVE on the store, "locked" on stdout, then wait for a line on stdin. */
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement s = c.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            System.out.println("locked");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            s.execute("ROLLBACK");
        }
    }
}
