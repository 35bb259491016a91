package org.corridor.sim.output;

import java.util.Locale;

/** What the household series count, per month and origin. Money is in US dollars. */
public enum HouseholdMeasure {
    /** People alive (at home or abroad). */
    POPULATION,
    BIRTHS,
    DEATHS,
    /** Households with at least one member living. */
    HOUSEHOLDS,
    /** Households with a member abroad this month. */
    MIGRANT_HOUSEHOLDS,
    /** Households that received remittances this month. */
    RECEIVING,
    /** Remittances received this month, after transfer fees. */
    RECEIVED_USD,
    /** Transfer fees and levies paid on this month's remittances. */
    TRANSFER_COSTS_USD,
    /** Income at home this month without remittances. */
    HOME_INCOME_USD,
    /** Remittances put into savings this month (short and long term). */
    SAVED_USD,
    /** Households that invested in a business or farm this month. */
    INVESTING,
    /** Children under 18 at home with one of their own parents abroad (the child's mother and father links). */
    CHILDREN_ONE_PARENT_ABROAD,
    /** Children under 18 at home with both their own parents abroad. */
    CHILDREN_BOTH_PARENTS_ABROAD,
    /** Children under 18 with both parents abroad and a grandparent (a parent's parent) at home in the household. */
    CHILDREN_WITH_GRANDPARENTS,
    /** Couples divorcing this month while one or both are abroad. */
    DIVORCES,
    /** People coming home for good this month, by the returnee type of Cerase (002:12522-13242). */
    RETURNEES_FAILURE,
    RETURNEES_CONSERVATISM,
    RETURNEES_INNOVATION,
    RETURNEES_RETIREMENT,
    /** People coming home for good this month who are estranged from their families (003:924-926). */
    RETURNEES_ESTRANGED,
    /** Households with two members abroad this month (of {@link #MIGRANT_HOUSEHOLDS}; 22% in 2009, 003:486). */
    MIGRANT_HOUSEHOLDS_TWO,
    /** Households with three or more members abroad this month (7% in 2009, 003:486). */
    MIGRANT_HOUSEHOLDS_THREE_PLUS;

    public static final HouseholdMeasure[] ALL = values();

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean money() {
        return name().endsWith("_USD");
    }
}
