package org.corridor.sim.phase;

import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.engine.Access;
import org.corridor.sim.engine.Chunk;
import org.corridor.sim.engine.Month;
import org.corridor.sim.engine.Phase;
import org.corridor.sim.engine.World;
import org.corridor.sim.engine.WorldField;
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
 * at home. Households with a migrant are counted, and those with two and with three or more (the
 * 71/22/7 split of 003:486). Children under 18 at home whose own mother or father (or both) is abroad
 * are counted, through the child's links to its parents (a married son's children in his parents'
 * household included), and those with both abroad are cared for by a grandparent at home in the
 * household where there is one (000:89-93). A couple apart may divorce
 * (2.5% of returnees were divorced, 003:924-926).
 *
 * <p>What it touches of the world ({@link WorldField}; tested by PhaseAccessTest):
 * <pre>
 * reads   PERSON, HOUSEHOLD, LIFE, LIVING, PLACE, MARRIAGE, KIN, HOUSEHOLD_CENSUS, HOME_INCOME, REMITTANCES, SAVINGS
 * writes  MARRIAGE, HOME_INCOME, REMITTANCES, SAVINGS
 * tally   HOME_INCOME_USD, MIGRANT_HOUSEHOLDS(_TWO, _THREE_PLUS), RECEIVING, RECEIVED_USD, SAVED_USD, INVESTING, CHILDREN_*, DIVORCES
 * </pre>
 * REMITTANCES: the month's receipts go into the moving average and are cleared.
 */
public final class FamilyPhase implements Phase {
    /** What the phase reads and writes of the world; see the table above. */
    static final Access ACCESS = Access
            .reads(WorldField.PERSON, WorldField.HOUSEHOLD, WorldField.LIFE, WorldField.LIVING, WorldField.PLACE,
                WorldField.MARRIAGE, WorldField.KIN, WorldField.HOUSEHOLD_CENSUS, WorldField.HOME_INCOME, WorldField.REMITTANCES,
                WorldField.SAVINGS)
            .writes(WorldField.MARRIAGE, WorldField.HOME_INCOME, WorldField.REMITTANCES, WorldField.SAVINGS);

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
    public Access access() {
        return ACCESS;
    }

    @Override
    public void run(Month month, Chunk chunk, Tally tally) {
        Households h = households;
        int m = month.index;
        // Households of one origin are contiguous: sums are kept here and added when the origin changes.
        double[] sums = new double[HouseholdMeasure.ALL.length];
        int current = -1;
        for (int hh = chunk.firstHousehold; hh < chunk.endHousehold; hh++) {
            int origin = h.origin[hh];
            if (origin != current) {
                flush(tally, current, sums);
                current = origin;
            }
            if (h.living[hh] == 0) {
                continue;
            }
            double home = month.env.homeWageUsd()[origin];
            sums[HouseholdMeasure.HOME_INCOME_USD.ordinal()] += h.homeIncome[hh] * home;
            if (h.abroad[hh] > 0) {
                sums[HouseholdMeasure.MIGRANT_HOUSEHOLDS.ordinal()]++;
                if (h.abroad[hh] == 2) {
                    sums[HouseholdMeasure.MIGRANT_HOUSEHOLDS_TWO.ordinal()]++;
                } else if (h.abroad[hh] > 2) {
                    sums[HouseholdMeasure.MIGRANT_HOUSEHOLDS_THREE_PLUS.ordinal()]++;
                }
                family(month, hh, sums);
            }
            float received = h.remitted[hh];
            if (received > 0) {
                sums[HouseholdMeasure.RECEIVING.ordinal()]++;
                sums[HouseholdMeasure.RECEIVED_USD.ordinal()] += received;
                double saved = received * savedShare;
                h.savings[hh] += (float) saved;
                sums[HouseholdMeasure.SAVED_USD.ordinal()] += saved;
                if (Draws.uniform(seed, hh, m, Streams.INVEST) < investMonthly) {
                    // Savings become a business or a farm that pays a monthly return, in units of the wage at home.
                    h.homeIncome[hh] += (float) (h.savings[hh] * investReturn / home);
                    h.savings[hh] = 0;
                    sums[HouseholdMeasure.INVESTING.ordinal()]++;
                }
            }
            if (received != 0 || h.remittedAverage[hh] != 0) {
                h.remittedAverage[hh] += (float) ((received - h.remittedAverage[hh]) * averaging);
                h.remitted[hh] = 0;
            }
        }
        flush(tally, current, sums);
    }

    /** A household with members abroad (by this month's census): its children, their carers, the couple. */
    private void family(Month month, int hh, double[] sums) {
        People p = people;
        byte[] flags = p.flags;
        byte[] place = p.place;
        short[] birth = p.birth;
        int child = month.since1900 - 12 * 18; // born after this month: under 18
        int head = -1;
        int spouse = -1;
        int first = households.first[hh];
        int end = first + households.size[hh];
        for (int i = first; i < end; i++) {
            if ((flags[i] & People.ALIVE) == 0) {
                continue;
            }
            int role = p.role[i];
            if (role == Role.HEAD.ordinal()) {
                head = i;
            } else if (role == Role.SPOUSE.ordinal()) {
                spouse = i;
            }
            if (place[i] != 0 || birth[i] <= child) {
                continue;
            }
            // A child at home: are its own parents abroad?
            int mum = p.mother[i];
            int dad = p.father[i];
            boolean mumAbroad = mum >= 0 && place[mum] != 0 && (flags[mum] & People.ALIVE) != 0;
            boolean dadAbroad = dad >= 0 && place[dad] != 0 && (flags[dad] & People.ALIVE) != 0;
            if (!mumAbroad && !dadAbroad) {
                continue;
            }
            if (mumAbroad && dadAbroad) {
                sums[HouseholdMeasure.CHILDREN_BOTH_PARENTS_ABROAD.ordinal()]++;
                if (grandparentAtHome(mum, first, end) || grandparentAtHome(dad, first, end)) {
                    sums[HouseholdMeasure.CHILDREN_WITH_GRANDPARENTS.ordinal()]++;
                }
            } else {
                sums[HouseholdMeasure.CHILDREN_ONE_PARENT_ABROAD.ordinal()]++;
            }
        }
        if (head >= 0 && spouse >= 0 && (flags[head] & People.DIVORCED) == 0 && (place[head] != 0 || place[spouse] != 0)
                && Draws.uniform(seed, hh, month.index, Streams.DIVORCE) < divorceHazard) {
            flags[head] |= People.DIVORCED;
            flags[spouse] |= People.DIVORCED;
            sums[HouseholdMeasure.DIVORCES.ordinal()]++;
        }
    }

    /** Whether a parent of this person is alive and at home in the household (its members are {@code first..end-1}). */
    private boolean grandparentAtHome(int parent, int first, int end) {
        People p = people;
        int gm = p.mother[parent];
        int gf = p.father[parent];
        return (gm >= first && gm < end && p.place[gm] == 0 && (p.flags[gm] & People.ALIVE) != 0)
                || (gf >= first && gf < end && p.place[gf] == 0 && (p.flags[gf] & People.ALIVE) != 0);
    }

    private static void flush(Tally tally, int origin, double[] sums) {
        if (origin < 0) {
            return;
        }
        for (HouseholdMeasure measure : HouseholdMeasure.ALL) {
            if (sums[measure.ordinal()] != 0) {
                tally.add(origin, measure, sums[measure.ordinal()]);
                sums[measure.ordinal()] = 0;
            }
        }
    }
}
