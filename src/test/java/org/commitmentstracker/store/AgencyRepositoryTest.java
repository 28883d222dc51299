package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgencyRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void savesUpdatesAndMapsSectorsToOwners() {
        try (StoreFixture store = new StoreFixture(dir)) {
            Agency health = store.agencies.save("MOH", "Bộ Y tế", "Ministry of Health");
            Agency renamed = store.agencies.save("MOH", "Bộ Y tế", "Ministry of Public Health");

            assertThat(renamed.id()).isEqualTo(health.id());
            assertThat(store.agencies.findAll()).singleElement()
                    .extracting(Agency::nameEn).isEqualTo("Ministry of Public Health");
            assertThat(renamed.name("vi")).isEqualTo("Bộ Y tế");

            store.agencies.setSectorOwner(Sector.HEA, renamed);
            assertThat(store.agencies.sectorOwners()).containsEntry(Sector.HEA, renamed).hasSize(1);
        }
    }

    @Test
    void theBundledDirectoryCoversEverySector() {
        try (StoreFixture store = new StoreFixture(dir)) {
            new BundledAgencies(store.agencies).loadIfEmpty();

            assertThat(store.agencies.count()).isGreaterThanOrEqualTo(10);
            assertThat(store.agencies.findByCode("MOFA")).get().extracting(Agency::nameVi).isEqualTo("Bộ Ngoại giao");
            assertThat(store.agencies.sectorOwners().keySet()).containsExactlyInAnyOrder(Sector.values());

            int before = store.agencies.count();
            new BundledAgencies(store.agencies).loadIfEmpty();
            assertThat(store.agencies.count()).isEqualTo(before);
        }
    }
}
