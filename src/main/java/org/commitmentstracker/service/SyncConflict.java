package org.commitmentstracker.service;

import java.time.Instant;
import org.commitmentstracker.model.HistoryField;

/**
 * One field changed both on this laptop and on the server since the copy was taken. Values are
 * as history stores them (a status code, an agency code, an ISO date, text).
 *
 * @param commitmentLabel the commitment's statement and paragraph ref, as the table shows them
 * @param commitmentText  the commitment's own words, so the officer sees what is being decided
 * @param base   the value when the copy was taken (or last synced)
 * @param mine   this laptop's value
 * @param theirs the server's value, set by {@code theirAuthor} at {@code theirTime}
 */
public record SyncConflict(long id, long commitmentId, String commitmentLabel, String commitmentText,
                           HistoryField field, String base,
                           String mine, String theirs, String theirAuthor, Instant theirTime) {
}
