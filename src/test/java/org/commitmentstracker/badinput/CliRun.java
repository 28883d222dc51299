package org.commitmentstracker.badinput;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.commitmentstracker.cli.MainCommand;
import picocli.CommandLine;

/**
 * The command line run in this JVM as the launcher runs it (the same picocli command), with all it prints: picocli's
 * out and err, anything written to System.out and System.err, and the log records that carry an exception, which
 * the launcher's console logging would print as a stack trace.
 */
record CliRun(int exitCode, String out, String err, List<String> loggedExceptions) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
        ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
        List<String> logged = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getThrown() != null) {
                    logged.add(record.getLoggerName() + ": " + record.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int exitCode;
        root.addHandler(recorder);
        System.setOut(new PrintStream(systemOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
        try {
            exitCode = new CommandLine(new MainCommand()).setOut(new PrintWriter(out, true))
                    .setErr(new PrintWriter(err, true)).execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            root.removeHandler(recorder);
        }
        return new CliRun(exitCode, out + systemOut.toString(StandardCharsets.UTF_8),
                err + systemErr.toString(StandardCharsets.UTF_8), List.copyOf(logged));
    }

    String all() {
        return out + err;
    }
}
