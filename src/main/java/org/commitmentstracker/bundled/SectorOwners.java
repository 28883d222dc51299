package org.commitmentstracker.bundled;

import java.util.EnumMap;
import java.util.Map;
import org.commitmentstracker.model.Sector;

/**
 * Which agency is suggested as owner for each sector, by its short code. The desktop app and
 * `import` use the workspace's own (editable) table; `extract` uses the one shipped in resources/.
 */
public record SectorOwners(Map<Sector, String> codes) {

    public SectorOwners {
        codes = Map.copyOf(codes);
    }

    public String ownerOf(Sector sector) {
        return sector == null ? null : codes.get(sector);
    }

    /** The table in resources/sector-owners.tsv. */
    public static SectorOwners bundled() {
        TsvTable table = BundledData.table("sector-owners.tsv");
        Map<Sector, String> codes = new EnumMap<>(Sector.class);
        for (Map<String, String> row : table.rows()) {
            Sector.fromCode(row.get("sector")).ifPresent(s -> codes.put(s, row.get("agency")));
        }
        return new SectorOwners(codes);
    }
}
