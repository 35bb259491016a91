package org.corridor.sim.world;

import java.util.Locale;

/** A person's legal situation abroad in a month, as a byte; the categories of the output series. */
public enum LegalState {
    /** At home: no migration rule applies. */
    HOME,
    /** Present lawfully, not working with authorisation (a visitor, or a worker still applying). */
    LEGAL_VISITOR,
    /** Present lawfully and working with valid authorisation, or with none needed (EAEU). */
    LEGAL_WORKER,
    /** Present lawfully but working without the authorisation the law requires. */
    UNAUTHORISED_WORK,
    /** Present beyond the legal stay, or unregistered past the deadline. */
    IRREGULAR;

    public static final LegalState[] ALL = values();

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
