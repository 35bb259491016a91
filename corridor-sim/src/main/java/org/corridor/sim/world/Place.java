package org.corridor.sim.world;

import org.corridor.law.place.Jurisdiction;

/**
 * Where a person is in a month: at home, or in one of the destinations the model distinguishes
 * (the issue asks for at least Moscow, St Petersburg and the rest of Russia, Kazakhstan and Turkey).
 * The codes are stored in a byte per person.
 */
public enum Place {
    HOME(null),
    RU_MOW(Jurisdiction.RU_MOW),
    RU_SPE(Jurisdiction.RU_SPE),
    RU_OTHER(Jurisdiction.RU_OTHER),
    KZ(Jurisdiction.KZ),
    TR(Jurisdiction.TR);

    public static final Place[] ALL = values();
    /** The destinations, in code order (codes 1 to 5). */
    public static final Place[] DESTINATIONS = {RU_MOW, RU_SPE, RU_OTHER, KZ, TR};

    private final Jurisdiction jurisdiction;

    Place(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    /** The law that applies there, or null at home. */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public byte code() {
        return (byte) ordinal();
    }

    public boolean russia() {
        return this == RU_MOW || this == RU_SPE || this == RU_OTHER;
    }

    public static Place of(int code) {
        return ALL[code];
    }
}
