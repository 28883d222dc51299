package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.WORKSPACE_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Facts kept inside the workspace itself (not per-user preferences). */
public final class WorkspaceSettings {
    private final DSLContext dsl;

    public WorkspaceSettings(Database database) {
        this(database.dsl());
    }

    /** Over a transaction's context: a put joins it. */
    WorkspaceSettings(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(WORKSPACE_SETTING.VALUE).from(WORKSPACE_SETTING)
                .where(WORKSPACE_SETTING.KEY.eq(key)).fetchOptional(WORKSPACE_SETTING.VALUE);
    }

    public void put(String key, String value) {
        dsl.insertInto(WORKSPACE_SETTING, WORKSPACE_SETTING.KEY, WORKSPACE_SETTING.VALUE)
                .values(key, value)
                .onConflict(WORKSPACE_SETTING.KEY)
                .doUpdate()
                .set(WORKSPACE_SETTING.VALUE, value)
                .execute();
    }
}
