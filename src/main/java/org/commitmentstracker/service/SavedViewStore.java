package org.commitmentstracker.service;

import java.util.List;
import org.commitmentstracker.model.SavedView;

/** Where saved views are kept: {@link SavedViewService}, or a test double. */
public interface SavedViewStore {
    List<SavedView> findAll();

    void save(SavedView view);

    void delete(String name);
}
