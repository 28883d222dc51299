package org.commitmentstracker.service;

/** How a sync conflict is resolved. */
public enum ConflictChoice {
    /** This laptop's value wins, and is sent at the next sync. */
    KEEP_MINE,
    /** The server's value wins; this laptop's is dropped (it stays in history). */
    KEEP_THEIRS,
    /** Both texts kept, merged by the officer (notes and next steps only). */
    MERGE
}
