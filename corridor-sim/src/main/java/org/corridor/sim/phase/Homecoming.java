package org.corridor.sim.phase;

import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.engine.Month;
import org.corridor.sim.engine.World;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.random.Draws;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.People;

/**
 * A migrant coming home, on a visit or for good, by choice or by expulsion. A visit keeps the
 * intention to go back (000:137-139: 74% of parents come home once a year, for at least a month).
 * A return for good is classed by Cerase's returnee types (002:12522-13242): failure (back within
 * months, or expelled), retirement (old enough to stop), innovation (back with skills and savings
 * to invest) and conservatism (back to the old life with the money). Returnees may be estranged
 * from their families (40.9%, 003:924-926).
 */
final class Homecoming {
    private final People people;
    private final Households households;
    private final long seed;
    private final int failureMonths;
    private final int retirementAge;
    private final int innovationMonths;
    private final double innovationShare;
    private final double innovationIncome;
    private final double estrangedShare;
    private final int estrangedMonths;

    Homecoming(World world) {
        Behaviour b = world.behaviour();
        this.people = world.people();
        this.households = world.households();
        this.seed = world.seed();
        this.failureMonths = (int) b.get("return.failure_within_months");
        this.retirementAge = (int) b.get("return.retirement_age");
        this.innovationMonths = (int) b.get("return.innovation_after_months");
        this.innovationShare = b.get("return.innovation_share");
        this.innovationIncome = b.get("return.innovation_income");
        this.estrangedShare = b.get("family.estranged_share");
        this.estrangedMonths = (int) b.get("family.estranged_after_months");
    }

    /** Brings person {@code i} of household {@code hh} home this month and counts it. */
    void comeHome(Month month, int i, int hh, boolean visit, boolean expelled, Tally tally) {
        People p = people;
        int origin = p.origin[i];
        int place = p.place[i];
        tally.add(origin, place, p.sex[i], p.legal[i], Measure.RETURNS, 1);
        if (!visit) {
            int stay = month.index - p.entered[i];
            HouseholdMeasure type;
            if (expelled || stay < failureMonths) {
                type = HouseholdMeasure.RETURNEES_FAILURE;
            } else if (p.age(i, month.since1900) >= retirementAge) {
                type = HouseholdMeasure.RETURNEES_RETIREMENT;
            } else if (p.education[i] >= 1 && p.monthsAbroad[i] >= innovationMonths
                    && Draws.uniform(seed, i, month.index, Streams.RETURNEE_TYPE) < innovationShare) {
                type = HouseholdMeasure.RETURNEES_INNOVATION;
                households.homeIncome[hh] += (float) innovationIncome;
            } else {
                type = HouseholdMeasure.RETURNEES_CONSERVATISM;
            }
            tally.add(origin, type, 1);
            double estranged = estrangedShare * Math.min(1.0, p.monthsAbroad[i] / (double) estrangedMonths);
            if (Draws.uniform(seed, i, month.index, Streams.ESTRANGED) < estranged) {
                tally.add(origin, HouseholdMeasure.RETURNEES_ESTRANGED, 1);
            }
        }
        p.lastPlace[i] = (byte) place;
        p.left[i] = (short) month.index;
        p.place[i] = 0;
        p.legal[i] = (byte) LegalState.HOME.ordinal();
        p.flags[i] = (byte) ((p.flags[i] & ~(People.REGISTERED | People.WORKING | People.FORMAL | People.VISITING))
                | (visit ? People.VISITING : 0));
        p.papers[i] = (byte) (p.papers[i] & ~(People.APPLIED | People.FORGED | People.BROKER));
        p.sector[i] = 0;
        p.earnings[i] = 0;
        p.legalUntil[i] = -1; // entered stays: with left, it is the span of the last stay, which the next one is counted against
        p.authorisedSince[i] = -1;
        p.authorisedUntil[i] = -1;
    }
}
