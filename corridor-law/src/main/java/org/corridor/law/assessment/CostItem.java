package org.corridor.law.assessment;

import java.util.Locale;

/** What a cost pays for; {@link #key()} is its spelling in JSON and messages. */
public enum CostItem {
    /** A state duty (Tax Code art. 333.28): on a work permit, on a patent from September 2025, on registration. */
    STATE_DUTY,
    /**
     * The whole package as a source quotes it where no itemised prices were found (the patent's
     * "at least 22,000 roubles" of 2015, 002:2715): fees, tests, insurance, exam and intermediaries.
     */
    PACKAGE,
    MEDICAL_TESTS,
    INSURANCE,
    EXAM,
    /** The first month's payment, made before the patent or permit is issued. */
    ADVANCE_PAYMENT,
    /** A later monthly payment. */
    MONTHLY_PAYMENT;

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String key() {
        return key;
    }
}
