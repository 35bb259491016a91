package org.corridor.law.place;

import java.util.List;

/** The citizenships whose migration the corridor's law covers: the origin countries and Kazakhstan. */
public final class Citizenships {
    public static final List<Country> COVERED = List.of(Country.TJ, Country.KG, Country.UZ, Country.KZ);

    private Citizenships() {
    }

    public static boolean isCovered(Country country) {
        return COVERED.contains(country);
    }
}
