package org.commitmentstracker.model;

import java.util.Optional;

/** Sectors of cooperation, with the rubric's three-letter codes. */
public enum Sector {
    POL("Politics and diplomacy"),
    DEF("Defence and security"),
    JUS("Justice and law"),
    ECO("Economy, trade and investment"),
    FIN("Finance and banking"),
    AGR("Agriculture, forestry and fisheries"),
    SCI("Science, technology and innovation"),
    TRA("Transport and logistics"),
    ENE("Energy and mining"),
    EDU("Education and training"),
    CUL("Culture, sports, tourism and media"),
    LAB("Labour, migration and people-to-people exchange"),
    HEA("Health"),
    ENV("Environment and climate change"),
    LOC("Cooperation between localities"),
    MUL("Regional and multilateral cooperation");

    private final String englishName;

    Sector(String englishName) {
        this.englishName = englishName;
    }

    public String code() {
        return name();
    }

    public String englishName() {
        return englishName;
    }

    /** The sector of a code such as "ECO"; empty for null, blank or unknown codes. */
    public static Optional<Sector> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        for (Sector sector : values()) {
            if (sector.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(sector);
            }
        }
        return Optional.empty();
    }
}
