package org.corridor.evidence.observation;

import java.util.Locale;

/**
 * The units figures are written in, as the sources write them ("1.1 million", "36.8%"), and the base
 * unit each is compared in. Keeping the source's scale in the table lets every value be checked
 * against its cited line; the comparison happens in the base unit.
 */
public enum Unit {
    PERSONS("persons", 1),
    THOUSAND_PERSONS("persons", 1e3),
    MILLION_PERSONS("persons", 1e6),
    PERCENT("percent", 1),
    USD("usd", 1),
    USD_MILLION("usd", 1e6),
    USD_BILLION("usd", 1e9),
    USD_PER_MONTH("usd_per_month", 1),
    USD_PER_YEAR("usd_per_year", 1),
    MONTHS("months", 1),
    HOURS_PER_DAY("hours_per_day", 1),
    COUNT("count", 1);

    private final String base;
    private final double factor;

    Unit(String base, double factor) {
        this.base = base;
        this.factor = factor;
    }

    /** The unit values are compared in: persons, percent, usd, and so on. */
    public String base() {
        return base;
    }

    /** A value written in this unit, in the base unit. */
    public double toBase(double value) {
        return value * factor;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The unit for a key as written in the tables, or null. */
    public static Unit ofKey(String key) {
        for (Unit u : values()) {
            if (u.key().equals(key)) {
                return u;
            }
        }
        return null;
    }
}
