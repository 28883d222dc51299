package org.commitmentstracker.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import org.commitmentstracker.extract.meta.StatementMetadata;

/**
 * The JSON that `extract FILE --json` prints: a fixed contract that other tools read.
 * Every key is always present; absent values are null.
 */
public final class ExtractionJson {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Extraction extraction) {
        StatementMetadata m = extraction.metadata();
        ObjectNode root = mapper.createObjectNode();
        root.put("title", m.title());
        root.put("language", m.language());
        ArrayNode partners = root.putArray("partners");
        m.partners().forEach(partners::add);
        root.put("date", iso(m.date()));
        root.put("place", m.place());
        root.put("source", m.source());
        root.put("relationship", m.relationship());
        ArrayNode units = root.putArray("units");
        for (ExtractedUnit u : extraction.units()) {
            ObjectNode unit = units.addObject();
            unit.put("ref", u.ref());
            unit.put("kind", u.kind().name().toLowerCase(Locale.ROOT));
            unit.put("text", u.text());
            unit.put("section", u.section());
            unit.put("sector", u.sector() == null ? null : u.sector().code());
            unit.put("deadline", iso(u.deadline()));
            unit.put("actor", u.actor() == null ? null : u.actor().code());
            unit.put("target", u.target());
            unit.put("owner", u.owner());
            unit.put("cue", u.kindCue());
            unit.put("sector_cue", u.sectorCue());
            unit.put("deadline_cue", u.deadlineCue());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of plain values always serialises", e);
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
