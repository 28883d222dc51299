package org.commitmentstracker.reliability;

import java.util.List;

/** What a kill loop found: its summary line of figures, and the problems (none when all held). */
record CrashOutcome(String summary, List<String> problems) {
}
