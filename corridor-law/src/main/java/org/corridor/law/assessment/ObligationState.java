package org.corridor.law.assessment;

import java.util.Locale;

/** Where an obligation stands on the assessment date. */
public enum ObligationState {
    /** Done on time. */
    MET,
    /** Not done yet, and the due date has not passed. */
    PENDING,
    /** The due date passed without it being done (or it was done late). */
    MISSED,
    /** The law does not ask it of this person, or it stopped applying (for example the person left in time). */
    NOT_REQUIRED;

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String key() {
        return key;
    }
}
