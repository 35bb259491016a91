package org.corridor.law.parameter;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a parameter's values mean, and so how they are read from its file. Currency units (RUB, KZT,
 * TRY, USD) hold either a fixed sum ({@code value: 1000}) or a range ({@code value: {min: 2000, max: 5000}}).
 */
public enum Unit {
    DAYS("days"),
    MONTHS("months"),
    YEARS("years"),
    COUNT("count"),
    BOOLEAN("boolean"),
    TEXT("text"),
    TEXT_LIST("text-list"),
    DEADLINE("deadline"),
    BAN_SCALE("ban-scale"),
    STAY_LIMIT("stay-limit"),
    HOLIDAYS("holidays"),
    DATE("date"),
    DATE_LIST("date-list"),
    RUB("RUB"),
    KZT("KZT"),
    TRY("TRY"),
    USD("USD");

    private final String key;

    Unit(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean isCurrency() {
        return this == RUB || this == KZT || this == TRY || this == USD;
    }

    public boolean isWholeNumber() {
        return this == DAYS || this == MONTHS || this == YEARS || this == COUNT;
    }

    public static Optional<Unit> parse(String key) {
        return Arrays.stream(values()).filter(u -> u.key.equals(key)).findFirst();
    }
}
