package org.corridor.law.assessment;

import java.util.Locale;

/** Why a re-entry ban was imposed; {@link #key()} is its spelling in JSON and messages. */
public enum BanReason {
    OVERSTAY,
    EXPULSION,
    FORGED_DOCUMENT,
    REPEAT_OFFENCES;

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String key() {
        return key;
    }
}
