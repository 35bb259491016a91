package org.corridor.law.compiled;

/**
 * The rule parameters the simulation reads, one column each in {@link CompiledLaw}. Flags are 0 or 1;
 * money is in the destination's currency ({@link CompiledLaw#currency}); {@code -1} means the rule
 * does not apply.
 */
public enum Field {
    /** 1 where the person is a citizen of the destination and no migration rule applies. */
    HOME,
    VISA_REQUIRED,
    MIGRATION_CARD,
    FOREIGN_PASSPORT,
    /** The registration deadline as stated (days or working days), or -1 where none. */
    REGISTRATION_DEADLINE,
    /** 1 where {@link #REGISTRATION_DEADLINE} counts working days. */
    REGISTRATION_IN_WORKING_DAYS,
    /** The deadline as typical calendar days (working days times seven fifths, rounded up; holidays can add more). */
    REGISTRATION_CALENDAR_DAYS,
    /** Registration is needed only for stays longer than this (Kyrgyz internal registration), else 0. */
    REGISTRATION_MIN_STAY_DAYS,
    /** Visitor days, or -1 where there is no limit. */
    STAY_DAYS,
    /** The rolling window the visitor days count in, or 0 for per entry. */
    STAY_WINDOW_DAYS,
    STAY_FOLLOWS_CONTRACT,
    WORK_AUTHORISATION_REQUIRED,
    /** The {@link org.corridor.law.regime.AuthorisationKind} ordinal. */
    WORK_AUTHORISATION_KIND,
    WORK_QUOTA,
    /** Days after entry to apply, or -1 where it is due only before work starts. */
    APPLY_WITHIN_DAYS,
    /** Days from applying to the decision (a Turkish residence permit by appointment), or -1. */
    DECISION_WITHIN_DAYS,
    /** Months a permit runs once issued (a patent runs month by month on its payments), or 0 where not stated. */
    PERMIT_MONTHS,
    /** Months a patent can be kept alive by payments before it must be issued anew, or 0 where unlimited. */
    MAX_PAID_MONTHS,
    UPFRONT_COST,
    /** The monthly payment keeping a patent or permit valid, or 0. */
    MONTHLY_FEE,
    EXAM,
    MEDICAL,
    INSURANCE,
    RESIDENCE_PERMIT,
    /** The number of overstay ban steps (0 to 5), each in OVERSTAY_BAN_OVER_DAYS_n / OVERSTAY_BAN_MONTHS_n. */
    OVERSTAY_BAN_STEPS,
    OVERSTAY_BAN_OVER_DAYS_1, OVERSTAY_BAN_MONTHS_1,
    OVERSTAY_BAN_OVER_DAYS_2, OVERSTAY_BAN_MONTHS_2,
    OVERSTAY_BAN_OVER_DAYS_3, OVERSTAY_BAN_MONTHS_3,
    OVERSTAY_BAN_OVER_DAYS_4, OVERSTAY_BAN_MONTHS_4,
    OVERSTAY_BAN_OVER_DAYS_5, OVERSTAY_BAN_MONTHS_5,
    OVERSTAY_BAN_DISCRETIONARY,
    EXPULSION_BAN_MONTHS,
    FORGERY_BAN_MONTHS,
    REPEAT_OFFENCE_COUNT,
    REPEAT_OFFENCE_WINDOW_YEARS,
    REPEAT_OFFENCE_BAN_MONTHS,
    FINE_REGISTRATION_MIN, FINE_REGISTRATION_MAX,
    FINE_OVERSTAY_MIN, FINE_OVERSTAY_MAX,
    /** 1 where an overstay fine is charged but its amount is not in the sources (Turkey), so the two above are 0. */
    FINE_OVERSTAY_UNQUANTIFIED,
    FINE_UNAUTHORISED_WORK_MIN, FINE_UNAUTHORISED_WORK_MAX,
    FINE_LATE_APPLICATION_MIN, FINE_LATE_APPLICATION_MAX,
    FINE_FORGERY_MIN, FINE_FORGERY_MAX,
    /** 0 none, 1 possible, 2 mandatory administrative expulsion for a stay-regime violation. */
    EXPULSION;

    /** The most overstay ban steps a scale may have in the compiled view. */
    public static final int MAX_BAN_STEPS = 5;
}
