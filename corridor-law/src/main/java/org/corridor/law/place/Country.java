package org.corridor.law.place;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The countries of the corridor, by ISO 3166 alpha-2 code. */
public enum Country {
    TJ("Tajikistan"),
    KG("Kyrgyzstan"),
    UZ("Uzbekistan"),
    KZ("Kazakhstan"),
    RU("Russia"),
    TR("Turkey");

    private final String englishName;

    Country(String englishName) {
        this.englishName = englishName;
    }

    public String englishName() {
        return englishName;
    }

    /** The lower-case code used in parameter ids, for example {@code tj}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Country> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(upper)).findFirst();
    }
}
