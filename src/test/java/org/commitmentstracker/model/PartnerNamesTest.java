package org.commitmentstracker.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartnerNamesTest {
    @Test
    void vietnameseUsesTheOfficialSpellings() {
        Labels vi = new Labels("vi");
        assertEquals("Hung-ga-ri", vi.partner("Hungary"));
        assertEquals("Ca-dắc-xtan", vi.partner("Kazakhstan"));
        assertEquals("Nga", vi.partner("Russia"));
        assertEquals("Mông Cổ", vi.partner("Mongolia"));
        assertEquals("Chi-lê", vi.partner("Chile"));
        assertEquals("Lào", vi.partner("Laos"));
    }

    @Test
    void englishKeepsTheStoredNameAndAnUnknownPartnerStaysAsTyped() {
        assertEquals("Hungary", new Labels("en").partner("Hungary"));
        assertEquals("Atlantis", new Labels("vi").partner("Atlantis"));
        assertEquals("", new Labels("vi").partner(null));
    }
}
