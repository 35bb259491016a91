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

/**
 * Births and deaths. A child whose birth month (drawn when the population was made) has come is born
 * into its household. A person dies with a monthly hazard that rises with age on a Gompertz curve,
 * plus an infant term in the first year, abroad or at home. Counts the living population.
 */
public final class DemographyPhase implements Phase {
    private final People people;
    private final Households households;
    private final long seed;
    private final double[] mortalityAt30;
    private final double growth;
    private final double[] infant;
    /** Monthly death hazard by origin and age in years (0..120), precomputed. */
    private final double[][] hazard;

    public DemographyPhase(World world) {
        Behaviour b = world.behaviour();
        this.people = world.people();
        this.households = world.households();
        this.seed = world.seed();
        this.growth = b.get("demography.mortality_growth");
        this.mortalityAt30 = new double[3];
        this.infant = new double[3];
        this.hazard = new double[3][121];
        for (int o = 0; o < 3; o++) {
            mortalityAt30[o] = b.get("demography.mortality_at_30", o);
            infant[o] = b.get("demography.infant_mortality", o);
            for (int age = 0; age <= 120; age++) {
                double annual = mortalityAt30[o] * Math.exp(growth * (age - 30)) + (age == 0 ? infant[o] : 0);
                hazard[o][age] = 1 - Math.pow(1 - Math.min(annual, 1), 1.0 / 12);
            }
        }
    }

    @Override
    public void run(Month month, int first, int end, Tally tally) {
        People p = people;
        for (int hh = first; hh < end; hh++) {
            int origin = households.origin[hh];
            double[] h = hazard[origin];
            int alive = 0;
            for (int i = households.first[hh], last = i + households.size[hh]; i < last; i++) {
                if ((p.flags[i] & People.ALIVE) == 0) {
                    if ((p.flags[i] & People.DEAD) != 0 || p.birth[i] > month.since1900) {
                        continue;
                    }
                    p.flags[i] |= People.ALIVE; // born this month
                    tally.add(origin, HouseholdMeasure.BIRTHS, 1);
                }
                int age = Math.min(120, p.age(i, month.since1900));
                if (Draws.uniform(seed, i, month.index, Streams.DEATH) < h[age]) {
                    p.flags[i] = (byte) ((p.flags[i] & ~People.ALIVE) | People.DEAD);
                    p.place[i] = 0;
                    tally.add(origin, HouseholdMeasure.DEATHS, 1);
                    continue;
                }
                alive++;
            }
            if (alive > 0) {
                tally.add(origin, HouseholdMeasure.POPULATION, alive);
                tally.add(origin, HouseholdMeasure.HOUSEHOLDS, 1);
            }
        }
    }
}
