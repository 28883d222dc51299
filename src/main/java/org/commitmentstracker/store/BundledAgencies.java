package org.commitmentstracker.store;

import java.util.Map;
import org.commitmentstracker.bundled.BundledData;
import org.commitmentstracker.bundled.TsvTable;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;

/** Fills a new workspace's agency directory and sector-to-owner table from resources/. */
public final class BundledAgencies {
    static final String AGENCIES = "agencies.tsv";
    static final String SECTOR_OWNERS = "sector-owners.tsv";

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
        TsvTable owners = BundledData.table(SECTOR_OWNERS);
        for (Map<String, String> row : owners.rows()) {
            Sector sector = Sector.fromCode(TsvTable.cell(owners, row, "sector")).orElseThrow(() ->
                    new IllegalStateException(owners.name() + ": unknown sector " + row.get("sector")));
            String code = TsvTable.cell(owners, row, "agency");
            Agency agency = agencies.findByCode(code).orElseThrow(() ->
                    new IllegalStateException(owners.name() + ": unknown agency " + code));
            agencies.setSectorOwner(sector, agency);
        }
    }
}
