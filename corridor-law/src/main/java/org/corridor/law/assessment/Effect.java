package org.corridor.law.assessment;

import java.util.Locale;

/** A further effect of a missed step or a violation, beyond fines and bans. */
public enum Effect {
    NONE,
    /** Entry is refused at the border. */
    ENTRY_REFUSED,
    /** The work-authorisation application is not accepted. */
    APPLICATION_REFUSED,
    /** No lawful work until the authorisation is obtained. */
    NO_LEGAL_WORK,
    /** The patent or permit is annulled. */
    AUTHORISATION_ANNULLED,
    /** The entry itself broke a ban. */
    ENTERED_WHILE_BANNED;

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The spelling in JSON and messages; empty for {@link #NONE}. */
    public String key() {
        return this == NONE ? "" : key;
    }
}
