package org.corridor.law.place;

import java.util.List;

/** The citizenships whose migration the corridor's law covers: the origin countries and Kazakhstan. */
public final class Citizenships {
    public static final List<Country> COVERED = List.of(Country.TJ, Country.KG, Country.UZ, Country.KZ);

    private Citizenships() {
    }

    private static final int[] INDEX = new int[Country.values().length];

    static {
        java.util.Arrays.fill(INDEX, -1);
        for (int i = 0; i < COVERED.size(); i++) {
            INDEX[COVERED.get(i).ordinal()] = i;
        }
    }

    public static boolean isCovered(Country country) {
        return INDEX[country.ordinal()] >= 0;
    }

    /** The country's position in {@link #COVERED}, or -1. */
    public static int index(Country country) {
        return INDEX[country.ordinal()];
    }
}
