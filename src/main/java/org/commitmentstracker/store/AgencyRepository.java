package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.AGENCY;
import static org.commitmentstracker.store.jooq.Tables.SECTOR_OWNER;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.store.jooq.tables.records.AgencyRecord;
import org.jooq.DSLContext;

/** The directory of agencies that can own commitments, and the sector-to-owner table. */
public final class AgencyRepository {
    private final DSLContext dsl;

    public AgencyRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** Adds the agency, or updates its names when its code is already known. Returns it. */
    public Agency save(String code, String nameVi, String nameEn) {
        dsl.insertInto(AGENCY, AGENCY.CODE, AGENCY.NAME_VI, AGENCY.NAME_EN)
                .values(code, nameVi, nameEn)
                .onConflict(AGENCY.CODE)
                .doUpdate()
                .set(AGENCY.NAME_VI, nameVi)
                .set(AGENCY.NAME_EN, nameEn)
                .execute();
        return findByCode(code).orElseThrow();
    }

    public List<Agency> findAll() {
        return dsl.selectFrom(AGENCY).orderBy(AGENCY.CODE).fetch(AgencyRepository::toAgency);
    }

    public Optional<Agency> findByCode(String code) {
        return dsl.selectFrom(AGENCY).where(AGENCY.CODE.eq(code)).fetchOptional(AgencyRepository::toAgency);
    }

    public int count() {
        return dsl.fetchCount(AGENCY);
    }

    /** Makes {@code agency} the suggested owner of commitments in {@code sector}. */
    public void setSectorOwner(Sector sector, Agency agency) {
        dsl.insertInto(SECTOR_OWNER, SECTOR_OWNER.SECTOR, SECTOR_OWNER.AGENCY_ID)
                .values(sector.code(), agency.id())
                .onConflict(SECTOR_OWNER.SECTOR)
                .doUpdate()
                .set(SECTOR_OWNER.AGENCY_ID, agency.id())
                .execute();
    }

    public Map<Sector, Agency> sectorOwners() {
        Map<Sector, Agency> owners = new EnumMap<>(Sector.class);
        dsl.select(SECTOR_OWNER.SECTOR, AGENCY.ID, AGENCY.CODE, AGENCY.NAME_VI, AGENCY.NAME_EN)
                .from(SECTOR_OWNER)
                .join(AGENCY).on(AGENCY.ID.eq(SECTOR_OWNER.AGENCY_ID))
                .forEach(r -> Sector.fromCode(r.value1()).ifPresent(sector -> owners.put(sector,
                        new Agency(r.value2(), r.value3(), r.value4(), r.value5()))));
        return owners;
    }

    static Agency toAgency(AgencyRecord r) {
        return new Agency(r.getId(), r.getCode(), r.getNameVi(), r.getNameEn());
    }
}
