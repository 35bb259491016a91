package org.corridor.law.place;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A place whose migration rules differ from its neighbours': a destination country, or a Russian
 * region where the patent price and fines differ (Moscow and St Petersburg set their own), or
 * Kyrgyzstan's internal registration regime.
 *
 * <p>Parameter files live in one folder per {@link #lawFolder()}; region-specific values are files
 * named by {@link #regionKey()}.
 */
public enum Jurisdiction {
    RU_MOW(Country.RU, "ru", "mow", "Moscow"),
    RU_SPE(Country.RU, "ru", "spe", "St Petersburg"),
    RU_OTHER(Country.RU, "ru", "other", "other regions of Russia"),
    KZ(Country.KZ, "kz", null, "Kazakhstan"),
    TR(Country.TR, "tr", null, "Turkey"),
    KG_INTERNAL(Country.KG, "kg-internal", null, "Kyrgyzstan (internal registration)");

    private final Country country;
    private final String lawFolder;
    private final String regionKey;
    private final String englishName;

    Jurisdiction(Country country, String lawFolder, String regionKey, String englishName) {
        this.country = country;
        this.lawFolder = lawFolder;
        this.regionKey = regionKey;
        this.englishName = englishName;
    }

    public Country country() {
        return country;
    }

    /** The parameter folder and id prefix, for example {@code ru} or {@code kg-internal}. */
    public String lawFolder() {
        return lawFolder;
    }

    /** The region's key within its country, or {@code null} where the country has one regime. */
    public String regionKey() {
        return regionKey;
    }

    public String englishName() {
        return englishName;
    }

    /** ISO 3166-2 style code: RU-MOW, RU-SPE, RU (other regions), KZ, TR, KG. */
    public String code() {
        return switch (this) {
            case RU_MOW -> "RU-MOW";
            case RU_SPE -> "RU-SPE";
            default -> country.name();
        };
    }

    /** The regions a destination country is split into, for the {@code --region} option. */
    public static List<Jurisdiction> of(Country destination) {
        return Arrays.stream(values()).filter(j -> j.country == destination).toList();
    }

    /**
     * The jurisdiction for a destination and an optional region. Russia without a region means
     * Moscow: the sources' patent prices (002:2715-2717) come from a chapter on migrants in Moscow.
     * This is a choice, not a fact about the person; callers say so when they default.
     */
    public static Optional<Jurisdiction> resolve(Country destination, String region) {
        List<Jurisdiction> candidates = of(destination);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (region == null || region.isBlank()) {
            return Optional.of(candidates.get(0));
        }
        String key = region.trim().toLowerCase(Locale.ROOT);
        String withoutCountry = key.startsWith(destination.key() + "-") ? key.substring(3) : key;
        return candidates.stream()
                .filter(j -> withoutCountry.equals(j.regionKey))
                .findFirst();
    }
}
