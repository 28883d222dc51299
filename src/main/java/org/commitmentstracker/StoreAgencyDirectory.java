package org.commitmentstracker;

import java.util.List;
import java.util.Map;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.store.AgencyRepository;
import org.commitmentstracker.ui.agencies.AgencyDirectory;

/** The agencies screen's reads and writes, on the workspace's repository. */
public final class StoreAgencyDirectory implements AgencyDirectory {
    private final AgencyRepository agencies;

    public StoreAgencyDirectory(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Override
    public List<Agency> agencies() {
        return agencies.findAll();
    }

    @Override
    public Map<Sector, Agency> sectorOwners() {
        return agencies.sectorOwners();
    }

    @Override
    public Agency save(String code, String nameVi, String nameEn) {
        return agencies.save(code, nameVi, nameEn);
    }

    @Override
    public void setSectorOwner(Sector sector, Agency agency) {
        agencies.setSectorOwner(sector, agency);
    }
}
