package org.corridor.law.regime;

import java.util.Arrays;
import java.util.Locale;

/** What a foreign worker needs in order to work, as a parameter value ({@code none}, {@code permit}, ...). */
public enum AuthorisationKind {
    /** Nothing: citizens of a common labour market (EAEU Treaty art. 97(1)) or internal migrants. */
    NONE,
    /** A work permit, through the employer and often a quota. */
    PERMIT,
    /** A patent, bought by the worker and kept alive by monthly payments. */
    PATENT,
    /** Either: a patent for work for private individuals, or a permit for work for companies (Russia 2010-2014). */
    PATENT_OR_PERMIT;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean required() {
        return this != NONE;
    }

    public static AuthorisationKind parse(String key) {
        return Arrays.stream(values())
                .filter(k -> k.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown authorisation kind '" + key + "'"));
    }
}
