package org.commitmentstracker.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.store.AgencyRepository;

/** The agency directory and the sector-to-owner table: the agencies screen, and every screen that lists owners. */
public final class AgencyService implements AgencyDirectory {
    private final AgencyRepository agencies;

    AgencyService(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Override
    public List<Agency> agencies() {
        return agencies.findAll();
    }

    /** The agency with this code (any case), if the directory has it. */
    public Optional<Agency> byCode(String code) {
        return agencies.findAll().stream().filter(a -> a.code().equalsIgnoreCase(code.strip())).findFirst();
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
