package org.commitmentstracker.bundled;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commitmentstracker.model.Sector;

/**
 * Which agency is suggested as owner for each sector, by its short code, and the topics
 * within a sector that another agency handles (resources/owner-topics.tsv: cyber security is
 * Public Security's though defence is National Defence's). The desktop app and `import` use
 * the workspace's own (editable) sector table; `extract` uses the one shipped in resources/.
 */
public record SectorOwners(Map<Sector, String> codes, List<Topic> topics) {

    /** Words of a sector's texts that point to one agency, or to the sector's owner ({@link #SECTORS_OWNER}). */
    public record Topic(Sector sector, String agency, List<String> terms) {
        /** The agency code that stands for the sector's owner, whoever the table names. */
        public static final String SECTORS_OWNER = "=";

        public Topic {
            terms = List.copyOf(terms);
        }
    }

    public SectorOwners {
        codes = Map.copyOf(codes);
        topics = List.copyOf(topics);
    }

    /** The sector table {@code codes} with the bundled topics. */
    public SectorOwners(Map<Sector, String> codes) {
        this(codes, bundledTopics());
    }

    public String ownerOf(Sector sector) {
        return sector == null ? null : codes.get(sector);
    }

    /** The table in resources/sector-owners.tsv, with the topics of resources/owner-topics.tsv. */
    public static SectorOwners bundled() {
        TsvTable table = BundledData.table("sector-owners.tsv");
        Map<Sector, String> codes = new EnumMap<>(Sector.class);
        for (Map<String, String> row : table.rows()) {
            Sector.fromCode(row.get("sector")).ifPresent(s -> codes.put(s, row.get("agency")));
        }
        return new SectorOwners(codes);
    }

    /** The topics of resources/owner-topics.tsv. */
    public static List<Topic> bundledTopics() {
        TsvTable table = BundledData.table("owner-topics.tsv");
        return table.rows().stream().map(row -> new Topic(
                Sector.fromCode(row.get("sector")).orElseThrow(() ->
                        new IllegalStateException("resources/owner-topics.tsv: unknown sector " + row.get("sector"))),
                row.get("agency"), Arrays.asList(row.get("terms").split("\\s+\\|\\s+")))).toList();
    }
}
