package org.commitmentstracker;

import java.util.List;
import org.commitmentstracker.model.SavedView;
import org.commitmentstracker.store.SavedViewRepository;
import org.commitmentstracker.ui.savedviews.SavedViewStore;

/** Saved views, kept in the workspace. */
final class StoreSavedViews implements SavedViewStore {
    private final SavedViewRepository views;

    StoreSavedViews(SavedViewRepository views) {
        this.views = views;
    }

    @Override
    public List<SavedView> findAll() {
        return views.findAll();
    }

    @Override
    public void save(SavedView view) {
        views.save(view);
    }

    @Override
    public void delete(String name) {
        views.delete(name);
    }
}
