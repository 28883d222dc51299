package org.commitmentstracker.extract.deadline;

import java.time.LocalDate;

/**
 * The deadline a unit's text ties to its action.
 *
 * @param date the last day the text allows ("by 2030" is 31 December 2030)
 * @param cue  the exact words of the text that gave the date, e.g. "by the end of 2026", "quý III/2026"
 */
public record Deadline(LocalDate date, String cue) {
}
