package org.commitmentstracker.ui.agencies;

import org.commitmentstracker.service.AgencyDirectory;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.StoreFixture;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgenciesViewModelTest {
    @TempDir
    Path dir;

    /** The app's own service, on the test's store. */
    static AgencyDirectory on(StoreFixture store) {
        return store.services.agencies();
    }

    @Test
    void addsRenamesAndReassignsSectors() {
        try (StoreFixture store = new StoreFixture(dir)) {
            new BundledAgencies(store.agencies).loadIfEmpty();
            AgenciesViewModel vm = new AgenciesViewModel(on(store), TaskRunner.sameThread(), new Messages(Locale.ENGLISH));
            vm.refresh();
            int before = vm.agencies().size();
            assertThat(vm.sectorOwners()).hasSize(Sector.values().length);

            vm.codeProperty().set("vcci");
            vm.nameViProperty().set("Liên đoàn Thương mại và Công nghiệp Việt Nam");
            vm.nameEnProperty().set("Viet Nam Chamber of Commerce and Industry");
            vm.saveAgency();

            assertThat(vm.agencies()).hasSize(before + 1);
            assertThat(store.agencies.findByCode("VCCI")).isPresent();
            assertThat(vm.messageProperty().get()).isEqualTo("VCCI saved.");
            assertThat(vm.codeProperty().get()).isEmpty();

            SectorOwnerRow eco = vm.sectorOwners().stream().filter(r -> r.sector() == Sector.ECO).findFirst().orElseThrow();
            eco.ownerProperty().set(store.agencies.findByCode("VCCI").orElseThrow());
            vm.saveSectorOwner(eco);
            assertThat(store.agencies.sectorOwners().get(Sector.ECO).code()).isEqualTo("VCCI");
        }
    }

    @Test
    void anIncompleteAgencyIsRefused() {
        try (StoreFixture store = new StoreFixture(dir)) {
            AgenciesViewModel vm = new AgenciesViewModel(on(store), TaskRunner.sameThread(), new Messages(Locale.ENGLISH));
            vm.codeProperty().set("X");
            vm.nameViProperty().set("Bộ X");
            vm.saveAgency();
            assertThat(vm.messageProperty().get()).startsWith("A code");
            assertThat(store.agencies.count()).isZero();
        }
    }
}
