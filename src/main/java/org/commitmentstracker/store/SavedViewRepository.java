package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.SAVED_VIEW;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.commitmentstracker.model.SavedView;
import org.jooq.DSLContext;

/** Saved views of the commitments table; the filters are kept as JSON. */
public final class SavedViewRepository {
    private final DSLContext dsl;
    // Made on first use: Jackson loads some 460 classes, a quarter of a second of a cold start
    // that most often has no saved view to read.
    private ObjectMapper json;

    public SavedViewRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** Saves the view under its name, replacing a view of the same name. */
    public void save(SavedView view) {
        String filter = write(view);
        dsl.insertInto(SAVED_VIEW, SAVED_VIEW.NAME, SAVED_VIEW.FILTER)
                .values(view.name(), filter)
                .onConflict(SAVED_VIEW.NAME).doUpdate().set(SAVED_VIEW.FILTER, filter)
                .execute();
    }

    public List<SavedView> findAll() {
        return dsl.selectFrom(SAVED_VIEW).orderBy(SAVED_VIEW.NAME).fetch(r -> read(r.getFilter()));
    }

    public void delete(String name) {
        dsl.deleteFrom(SAVED_VIEW).where(SAVED_VIEW.NAME.eq(name)).execute();
    }

    private synchronized ObjectMapper json() {
        if (json == null) {
            json = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        }
        return json;
    }

    private String write(SavedView view) {
        try {
            return json().writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A saved view of plain values always serialises", e);
        }
    }

    private SavedView read(String text) {
        try {
            return json().readValue(text, SavedView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A saved view could not be read: " + e.getOriginalMessage(), e);
        }
    }
}
