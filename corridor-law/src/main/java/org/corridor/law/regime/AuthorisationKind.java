package org.corridor.law.regime;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a foreign worker needs in order to work, as a parameter value ({@code none}, {@code permit}, ...),
 * and what a person holds or applies for, as an event's value ({@code patent}, {@code permit},
 * {@code residence}).
 */
public enum AuthorisationKind {
    /** Nothing: citizens of a common labour market (EAEU Treaty art. 97(1)) or internal migrants. */
    NONE,
    /** A work permit, through the employer and often a quota. */
    PERMIT,
    /** A patent, bought by the worker and kept alive by monthly payments. */
    PATENT,
    /** Either: a patent for work for private individuals, or a permit for work for companies (Russia 2010-2014). */
    PATENT_OR_PERMIT,
    /**
     * A Turkish residence permit (Law 6458 art. 19): not a work authorisation, so never the value of
     * {@code work.authorisation}, but held and applied for like one.
     */
    RESIDENCE;

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String key() {
        return key;
    }

    public boolean required() {
        return this != NONE;
    }

    /** The kinds a worker may be asked for by {@code work.authorisation}: all but {@link #RESIDENCE}. */
    public boolean isWorkRegime() {
        return this != RESIDENCE;
    }

    /** The value of an application or authorisation event: {@code patent}, {@code permit} or {@code residence}. */
    public boolean isHeld() {
        return this == PATENT || this == PERMIT || this == RESIDENCE;
    }

    public static AuthorisationKind parse(String key) {
        return Arrays.stream(values())
                .filter(k -> k.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown authorisation kind '" + key + "'"));
    }
}
