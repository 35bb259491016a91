package org.corridor.sim.output;

import java.util.Locale;

/**
 * What the person-level series count, per month, origin, place, sex and legal state. Money is in US
 * dollars. Every count is of agents; the writer divides by the scale for full-population estimates.
 */
public enum Measure {
    /**
     * People abroad at the end of the month as foreign citizens: what the destination's and the
     * origin's counts of migrants count. Those holding the destination's passport are {@link #CITIZENS}.
     */
    ABROAD,
    /**
     * People in Russia at the end of the month who hold its passport: they work and send money home,
     * but Russia counts a dual national only as its own citizen (Federal Law 62-FZ, art. 6), so they
     * are outside its migration law and its counts of foreign citizens.
     */
    CITIZENS,
    /** People who took the destination's citizenship this month. */
    NATURALISED,
    /** People who entered a destination this month. */
    ARRIVALS,
    /** People who came home this month (for good or on a visit), counted at the place they left. */
    RETURNS,
    /** People abroad and registered at their place of stay. */
    REGISTERED,
    /** People abroad holding a valid patent or permit, or working where none is needed (EAEU). */
    AUTHORISED,
    /** People abroad whose stay is irregular. */
    IRREGULAR,
    /**
     * People abroad without a lawful ground where a register of such people is in force (Russia's
     * register of controlled persons from 2025-02-05): listed, or due to be.
     */
    LISTED,
    /** People banned from re-entry this month, counted at the place that banned them. */
    NEWLY_BANNED,
    /** People under a re-entry ban this month, counted at the place that banned them, wherever they are. */
    BANNED,
    /** People turned back at the border because of a ban they did not know of. */
    REFUSED_AT_BORDER,
    /** People abroad whose papers the police checked this month. */
    CHECKED,
    /**
     * People found in breach at a check this month who did not buy their way out: prosecuted for a
     * migration offence (fined, and expelled where the law says).
     */
    PROSECUTED,
    /** People expelled or deported this month. */
    EXPELLED,
    /** People abroad working this month. */
    WORKING,
    /** People abroad whose wages this month were withheld. */
    UNPAID,
    /** Hours worked abroad this month. */
    HOURS_WORKED,
    /** Earnings abroad this month, after the middleman's cut. */
    EARNINGS_USD,
    /** Patent and permit fees paid this month. */
    FEES_USD,
    /** Fines paid this month. */
    FINES_USD,
    /** Bribes paid to the police this month. */
    BRIBES_USD,
    /** Remittances sent home this month, before transfer fees, through every channel (cash carried home included). */
    REMITTANCES_USD,
    /**
     * The part of {@link #REMITTANCES_USD} sent through money transfer operators and banks: what central
     * banks and the World Bank record ("computed by the World Bank on the basis of bank transfers",
     * 002:10395-10397); cash carried home is not in it.
     */
    REMITTANCES_RECORDED_USD;

    public static final Measure[] ALL = values();

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Money measures are sums of dollars, not counts of people. */
    public boolean money() {
        return name().endsWith("_USD");
    }
}
