package org.commitmentstracker.ui.savedviews;

import java.util.List;
import org.commitmentstracker.model.SavedView;

/** Where saved views are kept; the app gives it the store's repository. */
public interface SavedViewStore {
    List<SavedView> findAll();

    void save(SavedView view);

    void delete(String name);
}
