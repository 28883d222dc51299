package org.commitmentstracker.service;

import java.util.List;
import org.commitmentstracker.model.SavedView;
import org.commitmentstracker.store.SavedViewRepository;

/** The officer's saved filters of the commitments table, kept in the workspace. */
public final class SavedViewService implements SavedViewStore {
    private final SavedViewRepository views;

    SavedViewService(SavedViewRepository views) {
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
