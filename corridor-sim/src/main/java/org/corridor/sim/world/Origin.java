package org.corridor.sim.world;

import org.corridor.law.place.Country;

/** The origin countries whose whole population the model holds, stored as a byte per person. */
public enum Origin {
    TJ(Country.TJ),
    KG(Country.KG),
    UZ(Country.UZ);

    public static final Origin[] ALL = values();

    private final Country country;

    Origin(Country country) {
        this.country = country;
    }

    public Country country() {
        return country;
    }

    public static Origin of(int code) {
        return ALL[code];
    }
}
