package org.commitmentstracker.model;

/** A named set of filters for the commitments table, with its search text. */
public record SavedView(String name, CommitmentFilter filter, String searchText) {
}
