package org.commitmentstracker.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void everyStatusSectorAndKindHasWordsInBothLanguages() {
        Labels en = new Labels("en");
        Labels vi = new Labels("vi");
        for (Status s : Status.values()) {
            assertThat(en.status(s)).isNotBlank().isNotEqualTo(vi.status(s));
        }
        for (Sector s : Sector.values()) {
            assertThat(en.sector(s)).isNotBlank().isNotEqualTo(vi.sector(s));
        }
        for (UnitKind k : UnitKind.values()) {
            assertThat(en.kind(k)).isNotBlank().isNotEqualTo(vi.kind(k));
        }
        assertThat(vi.status(Status.AT_RISK)).isEqualTo("Có nguy cơ chậm");
    }
}
