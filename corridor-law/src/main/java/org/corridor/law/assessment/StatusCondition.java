package org.corridor.law.assessment;

import java.util.Locale;

/** A condition that holds on the assessment date; {@link #key()} is its spelling in JSON and messages. */
public enum StatusCondition {
    /** Present beyond the lawful stay. */
    OVERSTAY,
    /** Present after the registration deadline without registration. */
    UNREGISTERED,
    /** Working without the authorisation the law requires. */
    UNAUTHORISED_WORK,
    /** The patent or permit was annulled for a missed payment. */
    AUTHORISATION_LAPSED,
    /** Entered while a mandatory re-entry ban ran. */
    ENTERED_DURING_BAN,
    /** Abroad, and a discretionary ban may keep the person out. */
    ENTRY_MAY_BE_REFUSED,
    /**
     * Present in Russia without a lawful ground to stay on or after 5 February 2025: the grounds for
     * entry in the register of controlled persons are met (115-FZ art. 31.2).
     */
    CONTROLLED_PERSONS_REGISTER;

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String key() {
        return key;
    }
}
