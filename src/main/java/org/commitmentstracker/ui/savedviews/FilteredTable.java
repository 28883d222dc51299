package org.commitmentstracker.ui.savedviews;

import javafx.beans.property.ReadOnlyStringProperty;
import org.commitmentstracker.model.CommitmentFilter;

/**
 * The table whose filters a saved view keeps and brings back. The commitments table implements it,
 * so saved views need not know that table (and the two packages do not depend on each other both ways).
 */
public interface FilteredTable {
    /** The filters as chosen now (search text apart). */
    CommitmentFilter currentFilter();

    ReadOnlyStringProperty searchTextProperty();

    /** Sets every filter and the search text to what a saved view holds. */
    void applyFilter(CommitmentFilter filter, String search);
}
