package org.corridor.law.fact;

import java.util.Locale;
import java.util.Optional;

/** The purpose of a stay, as written on the migration card. */
public enum Purpose {
    WORK, VISIT;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Purpose> parse(String word) {
        return switch (word == null ? "" : word.toLowerCase(Locale.ROOT)) {
            case "work" -> Optional.of(WORK);
            case "visit" -> Optional.of(VISIT);
            default -> Optional.empty();
        };
    }
}
