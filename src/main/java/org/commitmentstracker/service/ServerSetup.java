package org.commitmentstracker.service;

import java.util.List;

/**
 * What {@code server init} left on a team workspace's server: its address (without parameters), the
 * schema version it is at, the group roles a login can be granted, and how many agencies its directory holds.
 */
public record ServerSetup(String address, int schemaVersion, List<String> roles, int agencies) {
}
