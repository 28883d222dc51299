package org.commitmentstracker.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** One command line run in process as the launcher runs it, with what it printed. */
record Run(int exitCode, String out, String err) {
    static Run of(String... args) {
        return withEnvironment(System.getenv(), args);
    }

    /** Run with this environment (PGPASSWORD) in place of the process's, and no console to ask a password on. */
    static Run withEnvironment(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        MainCommand main = new MainCommand();
        main.workspaceOption().environment = environment;
        main.workspaceOption().passwordPrompt = prompt -> null;
        CommandLine line = new CommandLine(main);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
