package org.commitmentstracker.extract;

/** The side that must act on a commitment. */
public enum Actor {
    BOTH("both"),
    VIET_NAM("viet_nam"),
    PARTNER("partner");

    private final String code;

    Actor(String code) {
        this.code = code;
    }

    /** The word used in JSON and in the store. */
    public String code() {
        return code;
    }
}
