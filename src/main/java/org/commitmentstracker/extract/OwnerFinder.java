package org.commitmentstracker.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.text.TermIndex;
import org.commitmentstracker.model.Sector;

/**
 * The owner to suggest for a commitment: among the topics of its sector
 * ({@link SectorOwners#topics()}), the agency whose words the text uses most; on a tie or
 * when it uses none, the sector's owner. Pure.
 */
final class OwnerFinder {
    private final SectorOwners owners;
    private final Map<Sector, TermIndex<String>> topics = new HashMap<>();

    OwnerFinder(SectorOwners owners) {
        this.owners = owners;
        for (SectorOwners.Topic topic : owners.topics()) {
            TermIndex<String> index = topics.computeIfAbsent(topic.sector(), s -> new TermIndex<>());
            topic.terms().forEach(term -> index.add(term, topic.agency()));
        }
    }

    /** The agency code to suggest for {@code text} of {@code sector}, or null when the sector has none. */
    String ownerOf(Sector sector, String text) {
        String usual = owners.ownerOf(sector);
        TermIndex<String> index = sector == null ? null : topics.get(sector);
        if (index == null || text == null) {
            return usual;
        }
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (TermIndex.Hit<String> hit : index.find(text)) {
            String agency = SectorOwners.Topic.SECTORS_OWNER.equals(hit.value()) ? usual : hit.value();
            if (agency != null) {
                uses.merge(agency, 1, Integer::sum);
            }
        }
        int most = uses.values().stream().max(Integer::compare).orElse(0);
        List<String> leading = uses.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        return leading.size() == 1 ? leading.get(0) : usual;
    }
}
