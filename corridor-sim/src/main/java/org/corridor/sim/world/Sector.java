package org.corridor.sim.world;

import java.util.Locale;

/**
 * The kind of job a migrant holds abroad, stored as a byte. The shares of Tajik migrants in Russia
 * in 2009 (003:472): labourers about 52%, construction 16.2%, trade and clerical 7.3%, craftsmen
 * 7.3%, drivers 6%; the rest, and most women's work (services, care), is {@link #SERVICES}.
 */
public enum Sector {
    NONE,
    LABOUR,
    CONSTRUCTION,
    TRADE,
    CRAFT,
    DRIVING,
    SERVICES;

    public static final Sector[] ALL = values();
    /** The sectors a job can be in (not {@link #NONE}). */
    public static final Sector[] JOBS = {LABOUR, CONSTRUCTION, TRADE, CRAFT, DRIVING, SERVICES};

    public byte code() {
        return (byte) ordinal();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
