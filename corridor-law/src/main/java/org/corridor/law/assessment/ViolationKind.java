package org.corridor.law.assessment;

import java.util.Locale;

/** A breach of the rules found in a history; {@link #key()} is its spelling in JSON and messages. */
public enum ViolationKind {
    /** Registering late, or not at all (ongoing in the second case). */
    REGISTRATION_DEADLINE_MISSED,
    OVERSTAY,
    /** Applying for work authorisation after the deadline, or not at all. */
    APPLICATION_DEADLINE_MISSED,
    UNAUTHORISED_WORK,
    /** An administrative offence ruled against the person (recorded as an event). */
    ADMINISTRATIVE_OFFENCE,
    FORGED_DOCUMENT,
    EXPULSION,
    ENTRY_DURING_BAN;

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String key() {
        return key;
    }
}
