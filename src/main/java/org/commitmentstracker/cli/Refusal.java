package org.commitmentstracker.cli;

import java.io.PrintWriter;

/** A command's refusal: one line on stderr (never a stack trace), and the exit code it ends with. */
final class Refusal {
    private Refusal() {
    }

    static int refuse(PrintWriter err, int code, String reason) {
        err.println(reason);
        err.flush();
        return code;
    }
}
