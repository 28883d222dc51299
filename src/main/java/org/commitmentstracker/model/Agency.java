package org.commitmentstracker.model;

/** A ministry or other body that can own a commitment. */
public record Agency(long id, String code, String nameVi, String nameEn) {

    /** The agency's name in the given language ("vi" or "en"). */
    public String name(String language) {
        return "vi".equals(language) ? nameVi : nameEn;
    }
}
