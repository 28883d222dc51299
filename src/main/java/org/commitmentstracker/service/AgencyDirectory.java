package org.commitmentstracker.service;

import java.util.List;
import java.util.Map;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;

/** What the agencies screen reads and writes: {@link AgencyService}, or a test double. */
public interface AgencyDirectory {
    List<Agency> agencies();

    Map<Sector, Agency> sectorOwners();

    /** Adds the agency, or renames it when its code is known. */
    Agency save(String code, String nameVi, String nameEn);

    void setSectorOwner(Sector sector, Agency agency);
}
