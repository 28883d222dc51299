package org.commitmentstracker.ui.agencies;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;

/** One line of the sector table: a sector and the agency suggested as owner of its commitments. */
public final class SectorOwnerRow {
    private final Sector sector;
    private final String label;
    private final ObjectProperty<Agency> owner = new SimpleObjectProperty<>();

    SectorOwnerRow(Sector sector, String label, Agency owner) {
        this.sector = sector;
        this.label = label;
        this.owner.set(owner);
    }

    public Sector sector() {
        return sector;
    }

    public String label() {
        return label;
    }

    public ObjectProperty<Agency> ownerProperty() {
        return owner;
    }
}
