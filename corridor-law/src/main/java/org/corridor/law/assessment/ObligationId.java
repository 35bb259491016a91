package org.corridor.law.assessment;

import java.util.Locale;

/** What an obligation asks; {@link #key()} is its spelling in the planner's JSON and messages. */
public enum ObligationId {
    VISA,
    MIGRATION_CARD,
    FOREIGN_PASSPORT,
    REGISTRATION,
    WORK_AUTHORISATION,
    MEDICAL_TESTS,
    HEALTH_INSURANCE,
    EXAM,
    /** The next monthly payment of a patent (or Kazakh permit), or its re-issue. */
    PATENT_PAYMENT,
    RESIDENCE_PERMIT,
    /** Leaving by the last legal day; its due date is that day. */
    STAY_LIMIT;

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String key() {
        return key;
    }
}
