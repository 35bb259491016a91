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

/**
 * Births and deaths. A child whose birth month (drawn when the population was made) has come is born
 * into its household. A person dies with a monthly hazard that rises with age on a Gompertz curve,
 * plus an infant term in the first year, abroad or at home. Counts the living population.
 *
 * <p>One draw per household decides its deaths: member i dies if the draw falls in the i-th of
 * consecutive intervals as long as the members' hazards. Each member dies with exactly their own
 * probability; only two deaths in one household in one month (a chance near a millionth) are ruled
 * out. It saves a draw per person per month, the largest single cost of this phase.
 *
 * <p>What it touches of the world ({@link WorldField}; tested by PhaseAccessTest):
 * <pre>
 * reads   PERSON, HOUSEHOLD, LIFE
 * writes  LIFE, LIVING, PLACE
 * tally   POPULATION HOUSEHOLDS BIRTHS DEATHS (by origin)
 * </pre>
 * PLACE: a person who dies abroad is counted at home (place 0); the rest of their stay is left as it
 * was.
 */
public final class DemographyPhase implements Phase {
    /** What the phase reads and writes of the world; see the table above. */
    static final Access ACCESS = Access
            .reads(WorldField.PERSON, WorldField.HOUSEHOLD, WorldField.LIFE)
            .writes(WorldField.LIFE, WorldField.LIVING, WorldField.PLACE);

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
    public Access access() {
        return ACCESS;
    }

    @Override
    public void run(Month month, Chunk chunk, Tally tally) {
        People p = people;
        int now = month.since1900;
        // Households of one origin are contiguous, so counts are kept here and added when the origin changes.
        int origin = -1;
        long alive = 0;
        long living = 0;
        long births = 0;
        long deaths = 0;
        for (int hh = chunk.firstHousehold; hh < chunk.endHousehold; hh++) {
            if (households.origin[hh] != origin) {
                flush(tally, origin, alive, living, births, deaths);
                origin = households.origin[hh];
                alive = living = births = deaths = 0;
            }
            double[] h = hazard[origin];
            int members = 0;
            double u = Draws.uniform(seed, hh, month.index, Streams.DEATH);
            double below = 0;
            for (int i = households.first[hh], last = i + households.size[hh]; i < last; i++) {
                if ((p.flags[i] & People.ALIVE) == 0) {
                    if ((p.flags[i] & People.DEAD) != 0 || p.birth[i] > now) {
                        continue;
                    }
                    p.flags[i] |= People.ALIVE; // born this month
                    births++;
                }
                double hz = h[Math.min(120, (now - p.birth[i]) / 12)];
                double above = below + hz;
                if (hz >= 1 || (u >= below && u < above)) { // past the table's end of life, death is certain
                    p.flags[i] = (byte) ((p.flags[i] & ~People.ALIVE) | People.DEAD);
                    p.place[i] = 0;
                    deaths++;
                    below = above;
                    continue;
                }
                below = above;
                members++;
            }
            households.living[hh] = (byte) members;
            alive += members;
            living += members > 0 ? 1 : 0;
        }
        flush(tally, origin, alive, living, births, deaths);
    }

    private static void flush(Tally tally, int origin, long alive, long households, long births, long deaths) {
        if (origin >= 0) {
            tally.add(origin, HouseholdMeasure.POPULATION, alive);
            tally.add(origin, HouseholdMeasure.HOUSEHOLDS, households);
            tally.add(origin, HouseholdMeasure.BIRTHS, births);
            tally.add(origin, HouseholdMeasure.DEATHS, deaths);
        }
    }
}
