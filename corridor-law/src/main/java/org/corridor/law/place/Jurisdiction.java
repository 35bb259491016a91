package org.corridor.law.place;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A place whose migration rules differ from its neighbours': a destination country, a Russian
 * region that sets its own patent price, fines or bans on occupations for patent holders, or
 * Kyrgyzstan's internal registration regime.
 *
 * <p>Parameter files live in one folder per {@link #lawFolder()}; a region's own values are files
 * named by its {@link #regionKey()}, and values shared by a group of regions (Moscow, St Petersburg
 * and their oblasts, where the Code of Administrative Offences sets higher fines) by its
 * {@link #groupKey()}. The Russian regions are Moscow, St Petersburg and their oblasts, and the
 * regions with the most patents issued in 2025 (Tyumen, Sverdlovsk, Tatarstan, Amur, Novosibirsk),
 * with Krasnodar, which bans patent work in every sector from 2026; every other region is
 * {@link #RU_OTHER}. The simulation has three Russian places; {@link #modelledAs()} says which one
 * stands for each region.
 */
public enum Jurisdiction {
    RU_MOW(Country.RU, "ru", "mow", "capitals", "Moscow"),
    RU_MOS(Country.RU, "ru", "mos", "capitals", "Moscow oblast"),
    RU_SPE(Country.RU, "ru", "spe", "capitals", "St Petersburg"),
    RU_LEN(Country.RU, "ru", "len", "capitals", "Leningrad oblast"),
    RU_TYU(Country.RU, "ru", "tyu", null, "Tyumen oblast"),
    RU_SVE(Country.RU, "ru", "sve", null, "Sverdlovsk oblast"),
    RU_TA(Country.RU, "ru", "ta", null, "Tatarstan"),
    RU_AMU(Country.RU, "ru", "amu", null, "Amur oblast"),
    RU_NVS(Country.RU, "ru", "nvs", null, "Novosibirsk oblast"),
    RU_KDA(Country.RU, "ru", "kda", null, "Krasnodar krai"),
    RU_OTHER(Country.RU, "ru", "other", null, "other regions of Russia"),
    KZ(Country.KZ, "kz", null, null, "Kazakhstan"),
    TR(Country.TR, "tr", null, null, "Turkey"),
    KG_INTERNAL(Country.KG, "kg-internal", null, null, "Kyrgyzstan (internal registration)");

    private final Country country;
    private final String lawFolder;
    private final String regionKey;
    private final String groupKey;
    private final String englishName;

    Jurisdiction(Country country, String lawFolder, String regionKey, String groupKey, String englishName) {
        this.country = country;
        this.lawFolder = lawFolder;
        this.regionKey = regionKey;
        this.groupKey = groupKey;
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

    /** The key of the group of regions whose shared values this region takes, or {@code null}. */
    public String groupKey() {
        return groupKey;
    }

    public String englishName() {
        return englishName;
    }

    /** ISO 3166-2 code for a region (RU-MOW, RU-MOS, ...), the country's code otherwise (RU for other regions, KZ, TR, KG). */
    public String code() {
        return regionKey == null || this == RU_OTHER ? country.name() : country.name() + "-" + regionKey.toUpperCase(Locale.ROOT);
    }

    /**
     * The jurisdiction of the simulation's place that stands for this one: Moscow oblast is
     * simulated as part of Moscow's labour market, Leningrad oblast as part of St Petersburg's, the
     * other named regions as the rest of Russia.
     */
    public Jurisdiction modelledAs() {
        return switch (this) {
            case RU_MOW, RU_MOS -> RU_MOW;
            case RU_SPE, RU_LEN -> RU_SPE;
            case RU_TYU, RU_SVE, RU_TA, RU_AMU, RU_NVS, RU_KDA, RU_OTHER -> RU_OTHER;
            default -> this;
        };
    }

    /** The regions a destination country is split into, for the {@code --region} option. */
    public static List<Jurisdiction> of(Country destination) {
        return Arrays.stream(values()).filter(j -> j.country == destination).toList();
    }

    /**
     * The jurisdiction for a destination and an optional region, given as its ISO 3166-2 code
     * ({@code RU-MOS}) or without the country ({@code MOS}), or {@code other}. Russia without a
     * region means Moscow: the sources' patent prices (002:2715-2717) come from a chapter on migrants
     * in Moscow. This is a choice, not a fact about the person; callers say so when they default.
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
