package org.corridor.law.citation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal act the law's sources cite: a federal law, a code, a treaty, a decree... with the names by which
 * the sources' free text calls it and its official title in Russian and English. Read from
 * {@code corridor/citation/instruments.yaml}; the interface's other languages live with the interface.
 *
 * @param id a stable key ({@code ru-115-fz}), used by the glossaries of other languages
 * @param names the exact phrases (case aside) by which source strings name the act, e.g. {@code Federal Law 115-FZ}
 *     and {@code 115-FZ}; the longest phrase found at a place wins, so "Code of Administrative Offences of
 *     Kazakhstan" is never read as Russia's "Code of Administrative Offences"
 */
public record Instrument(String id, Kind kind, List<String> names, Title ru, Title en) {
    /** What sort of act: the renderer and the glossaries group and word acts by it. */
    public enum Kind {
        /** A Russian federal law (NN-FZ) that is not a code. */
        FEDERAL_LAW,
        /** A codified act: Russia's or Kazakhstan's Code of Administrative Offences, Tax Code, Labour Code. */
        CODE,
        /** A multilateral treaty (the EAEU Treaty). */
        TREATY,
        /** A bilateral agreement between two states or governments. */
        AGREEMENT,
        /** A decree or resolution of a government, president or governor. */
        DECREE,
        /** A ministry's order, or the Bank of Russia's directive. */
        ORDER,
        /** A statute of a state other than Russia (Kazakhstan, Kyrgyzstan, Turkey). */
        FOREIGN_LAW,
        /** A law of a Russian region (Moscow, St Petersburg, an oblast). */
        REGIONAL_LAW;

        private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

        public String key() {
            return key;
        }

        public static Optional<Kind> parse(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(en, "en");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException(id + ": an instrument needs at least one name to be found by");
        }
    }
}
