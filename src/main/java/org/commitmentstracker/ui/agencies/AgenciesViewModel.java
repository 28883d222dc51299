package org.commitmentstracker.ui.agencies;

import org.commitmentstracker.service.AgencyDirectory;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/**
 * The directory of owners (Vietnamese and English names, short codes) and the sector table
 * used to suggest owners for new commitments; both editable, each change saved at once.
 */
public final class AgenciesViewModel {
    // Properties
    private final ObservableList<Agency> agencies = FXCollections.observableArrayList();
    private final ObservableList<SectorOwnerRow> sectorOwners = FXCollections.observableArrayList();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty nameVi = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");
    /** One line says what was done or why not. */
    private final TaskStatus taskStatus = new TaskStatus();

    private final AgencyDirectory directory;
    private final TaskRunner tasks;
    private final Messages messages;

    public AgenciesViewModel(AgencyDirectory directory, TaskRunner tasks, Messages messages) {
        this.directory = directory;
        this.tasks = tasks;
        this.messages = messages;
    }

    // Commands

    public void refresh() {
        tasks.run(() -> new Loaded(directory.agencies(), directory.sectorOwners()), this::show,
                failure -> taskStatus.showMessage(messages.format("agencies.failed", messages.explain(failure))));
    }

    /** Fills the form with an agency to rename it. */
    public void edit(Agency agency) {
        if (agency != null) {
            code.set(agency.code());
            nameVi.set(agency.nameVi());
            nameEn.set(agency.nameEn());
        }
    }

    /** Adds the agency of the form, or renames the one with its code. */
    public void saveAgency() {
        String c = code.get().strip().toUpperCase(java.util.Locale.ROOT);
        String vi = nameVi.get().strip();
        String en = nameEn.get().strip();
        if (!c.matches("[A-Z0-9-]{2,12}") || vi.isEmpty() || en.isEmpty()) {
            taskStatus.showMessage(messages.get("agencies.invalid"));
            return;
        }
        tasks.run(() -> {
            directory.save(c, vi, en);
            return new Loaded(directory.agencies(), directory.sectorOwners());
        }, loaded -> {
            show(loaded);
            code.set("");
            nameVi.set("");
            nameEn.set("");
            taskStatus.showMessage(messages.format("agencies.saved", c));
        }, failure -> taskStatus.showMessage(messages.format("agencies.failed", messages.explain(failure))));
    }

    /** Makes the row's agency the suggested owner of its sector. */
    public void saveSectorOwner(SectorOwnerRow row) {
        Agency agency = row.ownerProperty().get();
        if (agency == null) {
            return;
        }
        tasks.run(() -> {
            directory.setSectorOwner(row.sector(), agency);
            return agency;
        }, saved -> taskStatus.showMessage(messages.format("agencies.sectorSaved", messages.sector(row.sector()),
                        messages.agency(saved))),
                failure -> taskStatus.showMessage(messages.format("agencies.failed", messages.explain(failure))));
    }

    private void show(Loaded loaded) {
        agencies.setAll(loaded.agencies());
        sectorOwners.setAll(java.util.Arrays.stream(Sector.values())
                .map(s -> new SectorOwnerRow(s, s.code() + " – " + messages.sector(s), loaded.owners().get(s)))
                .toList());
    }

    private record Loaded(List<Agency> agencies, Map<Sector, Agency> owners) {
    }

    // Accessors for the view

    public ObservableList<Agency> agencies() {
        return agencies;
    }

    public ObservableList<SectorOwnerRow> sectorOwners() {
        return sectorOwners;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameViProperty() {
        return nameVi;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public ReadOnlyStringProperty messageProperty() {
        return taskStatus.messageProperty();
    }

    public String agencyLabel(Agency agency) {
        return messages.agency(agency);
    }
}
