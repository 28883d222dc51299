package org.commitmentstracker.service;

import java.time.Instant;
import java.util.List;

/**
 * Where an offline copy came from.
 *
 * @param serverAddress the server's address without parameters (never a password)
 * @param user          the database login the copy was taken with
 * @param partners      the partners taken; empty when all of the workspace was
 * @param lastSync      when this copy last received the server's changes (the checkout at first)
 */
public record SyncOrigin(String serverAddress, String user, List<String> partners, Instant lastSync) {
}
