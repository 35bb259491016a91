package org.corridor.sim.phase;

import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.engine.Month;
import org.corridor.sim.engine.Phase;
import org.corridor.sim.engine.World;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.random.Draws;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Role;

/**
 * The household at home. Remittances are spent as the sources report: 57% on consumption, 12% into
 * short-term and 11% into long-term savings (003:532-534); a receiving household invests its savings
 * in a business or farm with the yearly probability of 002:12125-12127 (7.4%), which raises its income
 * at home. Children under 18 with one or both parents abroad are counted, and those with both abroad
 * are cared for by grandparents where the household has them (000:89-93). A couple apart may divorce
 * (2.5% of returnees were divorced, 003:924-926).
 */
public final class FamilyPhase implements Phase {
    private final People people;
    private final Households households;
    private final long seed;
    private final double savedShare;
    private final double investMonthly;
    private final double investReturn;
    private final double divorceHazard;
    private final double averaging;

    public FamilyPhase(World world) {
        Behaviour b = world.behaviour();
        this.people = world.people();
        this.households = world.households();
        this.seed = world.seed();
        this.savedShare = b.get("household.short_term_savings_share") + b.get("household.long_term_savings_share");
        this.investMonthly = 1 - Math.pow(1 - b.get("household.investing_share"), 1.0 / 12);
        this.investReturn = b.get("household.investment_return");
        this.divorceHazard = b.get("family.divorce_hazard");
        this.averaging = 1.0 / b.get("household.remittance_memory_months");
    }

    @Override
    public void run(Month month, int first, int end, Tally tally) {
        People p = people;
        Households h = households;
        int m = month.index;
        for (int hh = first; hh < end; hh++) {
            int origin = h.origin[hh];
            int from = h.first[hh];
            int to = from + h.size[hh];
            int parentsAbroad = 0;
            int parentsAlive = 0;
            int children = 0;
            boolean elder = false;
            boolean anyAlive = false;
            boolean anyAbroad = false;
            int head = -1;
            int spouse = -1;
            for (int i = from; i < to; i++) {
                if ((p.flags[i] & People.ALIVE) == 0) {
                    continue;
                }
                anyAlive = true;
                boolean abroad = p.place[i] != 0;
                anyAbroad |= abroad;
                int role = p.role[i];
                if (role == Role.HEAD.ordinal()) {
                    head = i;
                } else if (role == Role.SPOUSE.ordinal()) {
                    spouse = i;
                }
                if (Role.parent(role)) {
                    parentsAlive++;
                    parentsAbroad += abroad ? 1 : 0;
                } else if (role == Role.ELDER.ordinal() && !abroad) {
                    elder = true;
                } else if (role == Role.CHILD.ordinal() && !abroad && p.age(i, month.since1900) < 18) {
                    children++;
                }
            }
            if (!anyAlive) {
                continue;
            }
            if (anyAbroad) {
                tally.add(origin, HouseholdMeasure.MIGRANT_HOUSEHOLDS, 1);
            }
            if (children > 0 && parentsAbroad > 0) {
                boolean both = parentsAbroad == parentsAlive && parentsAlive == 2;
                tally.add(origin, both ? HouseholdMeasure.CHILDREN_BOTH_PARENTS_ABROAD : HouseholdMeasure.CHILDREN_ONE_PARENT_ABROAD, children);
                if (both && elder) {
                    tally.add(origin, HouseholdMeasure.CHILDREN_WITH_GRANDPARENTS, children);
                }
            }
            if (head >= 0 && spouse >= 0 && (p.flags[head] & People.DIVORCED) == 0 && (p.place[head] != 0 || p.place[spouse] != 0)
                    && Draws.uniform(seed, hh, m, Streams.DIVORCE) < divorceHazard) {
                p.flags[head] |= People.DIVORCED;
                p.flags[spouse] |= People.DIVORCED;
                tally.add(origin, HouseholdMeasure.DIVORCES, 1);
            }
            double home = month.env.homeWageUsd()[origin];
            tally.add(origin, HouseholdMeasure.HOME_INCOME_USD, h.homeIncome[hh] * home);
            float received = h.remitted[hh];
            if (received > 0) {
                tally.add(origin, HouseholdMeasure.RECEIVING, 1);
                tally.add(origin, HouseholdMeasure.RECEIVED_USD, received);
                double saved = received * savedShare;
                h.savings[hh] += (float) saved;
                tally.add(origin, HouseholdMeasure.SAVED_USD, saved);
                if (Draws.uniform(seed, hh, m, Streams.INVEST) < investMonthly) {
                    // Savings become a business or a farm that pays a monthly return, in units of the wage at home.
                    h.homeIncome[hh] += (float) (h.savings[hh] * investReturn / home);
                    h.savings[hh] = 0;
                    tally.add(origin, HouseholdMeasure.INVESTING, 1);
                }
            }
            h.remittedAverage[hh] += (float) ((received - h.remittedAverage[hh]) * averaging);
            h.remitted[hh] = 0;
        }
    }
}
