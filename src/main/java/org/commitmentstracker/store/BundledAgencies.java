package org.commitmentstracker.store;

import java.util.Map;
import org.commitmentstracker.bundled.BundledData;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.bundled.TsvTable;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;

/** Fills a new workspace's agency directory and sector-to-owner table from resources/. */
public final class BundledAgencies {
    static final String AGENCIES = "agencies.tsv";

    private final AgencyRepository agencies;

    public BundledAgencies(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** Loads the bundled directory when the workspace has no agency yet. */
    public void loadIfEmpty() {
        if (agencies.count() > 0) {
            return;
        }
        TsvTable agencyTable = BundledData.table(AGENCIES);
        for (Map<String, String> row : agencyTable.rows()) {
            agencies.save(TsvTable.cell(agencyTable, row, "code"), TsvTable.cell(agencyTable, row, "name_vi"),
                    TsvTable.cell(agencyTable, row, "name_en"));
        }
        for (Map.Entry<Sector, String> owner : SectorOwners.bundled().codes().entrySet()) {
            Agency agency = agencies.findByCode(owner.getValue()).orElseThrow(() -> new IllegalStateException(
                    "resources/sector-owners.tsv names an agency missing from agencies.tsv: " + owner.getValue()));
            agencies.setSectorOwner(owner.getKey(), agency);
        }
    }
}
