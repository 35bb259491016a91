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
 * named by its {@link #regionKey()}, and values shared by a group of regions by the group's key
 * ({@link #groupKeys()}): {@code capitals} for Moscow, St Petersburg and their oblasts, where the Code
 * of Administrative Offences sets higher fines; {@code moscow_region} for Moscow and Moscow oblast,
 * which share the Amina experiment. The Russian regions are Moscow, St Petersburg and their oblasts, and the
 * regions with the most patents issued in 2025 (Tyumen, Sverdlovsk, Tatarstan, Amur, Novosibirsk),
 * with Krasnodar, which bans patent work in every sector from 2026; every other region is
 * {@link #RU_OTHER}. The simulation has three Russian places; {@link #modelledAs()} says which one
 * stands for each region.
 */
public enum Jurisdiction {
    RU_MOW(Country.RU, "ru", "mow", List.of("moscow_region", "capitals"), "Moscow"),
    RU_MOS(Country.RU, "ru", "mos", List.of("moscow_region", "capitals"), "Moscow oblast"),
    RU_SPE(Country.RU, "ru", "spe", List.of("capitals"), "St Petersburg"),
    RU_LEN(Country.RU, "ru", "len", List.of("capitals"), "Leningrad oblast"),
    RU_TYU(Country.RU, "ru", "tyu", List.of(), "Tyumen oblast"),
    RU_SVE(Country.RU, "ru", "sve", List.of(), "Sverdlovsk oblast"),
    RU_TA(Country.RU, "ru", "ta", List.of(), "Tatarstan"),
    RU_AMU(Country.RU, "ru", "amu", List.of(), "Amur oblast"),
    RU_NVS(Country.RU, "ru", "nvs", List.of(), "Novosibirsk oblast"),
    RU_KDA(Country.RU, "ru", "kda", List.of(), "Krasnodar krai"),
    RU_OTHER(Country.RU, "ru", "other", List.of(), "other regions of Russia"),
    KZ(Country.KZ, "kz", null, List.of(), "Kazakhstan"),
    TR(Country.TR, "tr", null, List.of(), "Turkey"),
    KG_INTERNAL(Country.KG, "kg-internal", null, List.of(), "Kyrgyzstan (internal registration)");

    private final Country country;
    private final String lawFolder;
    private final String regionKey;
    private final List<String> groupKeys;
    private final String englishName;

    Jurisdiction(Country country, String lawFolder, String regionKey, List<String> groupKeys, String englishName) {
        this.country = country;
        this.lawFolder = lawFolder;
        this.regionKey = regionKey;
        this.groupKeys = groupKeys;
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

    /** The keys of the groups of regions whose shared values this region takes, the narrower first. */
    public List<String> groupKeys() {
        return groupKeys;
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
