package org.commitmentstracker.reliability;

import org.commitmentstracker.model.Status;

/** A commitment's status set to a value: as the child announced it, or as the history holds it. */
record StatusEdit(long commitmentId, Status status) {
}
