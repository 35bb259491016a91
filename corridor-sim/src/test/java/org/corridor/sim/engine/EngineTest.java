package org.corridor.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;
import org.junit.jupiter.api.Test;

/** The engine's contract: determinism whatever the threads, and the bookkeeping every month must balance. */
class EngineTest {
    static final YearMonth FROM = YearMonth.of(2013, 1);
    static final YearMonth TO = YearMonth.of(2016, 12);

    @Test
    void oneOrTwoThreadsGiveByteIdenticalSeries() {
        TestRun one = TestRun.of("baseline", 0.002, 5, 1, FROM, TO, 12);
        TestRun two = TestRun.of("baseline", 0.002, 5, 2, FROM, TO, 12);
        assertEquals(one.seriesCsv(), two.seriesCsv());
        assertEquals(one.agentMonths(), two.agentMonths());
        TestRun otherSeed = TestRun.of("baseline", 0.002, 6, 2, FROM, TO, 12);
        assertNotEquals(one.seriesCsv(), otherSeed.seriesCsv(), "the seed matters");
    }

    /**
     * Someone back home remembers the span of their last stay, which the visitor days of their next
     * stay in the same country are counted against (90 in any 180, 90 in each calendar year).
     */
    @Test
    void peopleAtHomeRememberTheirLastStay() {
        World world = TestRun.SIMULATION.world(TestRun.SIMULATION.scenarios().load("baseline"),
                new org.corridor.sim.run.RunOptions(0.002, 5, 2, FROM, TO, 12));
        new Engine(world, 2).run((month, tally) -> { });
        org.corridor.sim.world.People p = world.people();
        Households h = world.households();
        int back = 0;
        for (int hh = 0; hh < h.count; hh++) {
            for (int i = h.first[hh]; i < h.first[hh] + h.size[hh]; i++) {
                if (p.place[i] == 0 && p.left[i] >= 0 && (p.flags[i] & org.corridor.sim.world.People.ALIVE) != 0) {
                    assertTrue(p.entered[i] >= 0 && p.entered[i] <= p.left[i], "person " + i + ": stay " + p.entered[i] + " to " + p.left[i]);
                    assertTrue(p.lastPlace[i] > 0, "person " + i + " came home from somewhere");
                    back++;
                }
            }
        }
        assertTrue(back > 1000, "people back home: " + back);
    }

    @Test
    void everyMonthsCountsAreConsistent() {
        TestRun run = TestRun.of("baseline", 0.002, 3, 2, FROM, TO, 12);
        for (int k = 0; k < run.months().size(); k++) {
            Tally t = run.tallies().get(k);
            for (Origin o : Origin.ALL) {
                int oi = o.ordinal();
                double abroad = t.total(oi, Measure.ABROAD);
                assertTrue(abroad > 0, "people abroad every month");
                assertTrue(abroad < t.get(oi, HouseholdMeasure.POPULATION) / 2);
                assertTrue(t.total(oi, Measure.REGISTERED) <= abroad);
                assertTrue(t.total(oi, Measure.AUTHORISED) <= abroad);
                assertTrue(t.total(oi, Measure.IRREGULAR) <= abroad);
                double citizens = t.total(oi, Measure.CITIZENS);
                assertTrue(citizens < abroad, "those holding Russia's passport are fewer than the foreigners");
                assertTrue(t.total(oi, Measure.WORKING) <= abroad + citizens + t.total(oi, Measure.RETURNS));
                assertTrue(t.get(oi, HouseholdMeasure.MIGRANT_HOUSEHOLDS) <= t.get(oi, HouseholdMeasure.HOUSEHOLDS));
                assertTrue(t.get(oi, HouseholdMeasure.RECEIVED_USD) <= t.total(oi, Measure.REMITTANCES_USD),
                        "households receive what was sent, less the costs of sending");
                // Nobody is at home in a destination's legal states, nor abroad in the home state.
                for (Place p : Place.DESTINATIONS) {
                    for (int sex = 0; sex < 2; sex++) {
                        assertEquals(0, t.get(oi, p.ordinal(), sex, LegalState.HOME.ordinal(), Measure.ABROAD));
                    }
                }
                if (k > 0) {
                    // Stock and flow: this month's stock (foreigners and citizens) is last month's plus arrivals,
                    // less returns, expulsions (already among the returns) and deaths abroad; deaths abroad are few.
                    Tally before = run.tallies().get(k - 1);
                    double flow = before.total(oi, Measure.ABROAD) + before.total(oi, Measure.CITIZENS)
                            + t.total(oi, Measure.ARRIVALS) - t.total(oi, Measure.RETURNS);
                    assertEquals(flow, abroad + citizens, Math.max(5, 0.01 * abroad), o + " " + run.months().get(k));
                    // A citizen stays one: the citizens grow by this month's naturalised, less those who came home or died.
                    assertTrue(citizens <= before.total(oi, Measure.CITIZENS) + t.total(oi, Measure.NATURALISED) + t.total(oi, Measure.ARRIVALS),
                            o + " " + run.months().get(k));
                }
            }
        }
    }

    /** The yearly re-layout (three Januaries here) gives the same households, people and links on one thread or two. */
    @Test
    void theLayoutAfterTheYearlyReLayoutIsTheSameOnOneOrTwoThreads() {
        World[] worlds = new World[2];
        for (int t = 1; t <= 2; t++) {
            World world = TestRun.SIMULATION.world(TestRun.SIMULATION.scenarios().load("baseline"),
                    new org.corridor.sim.run.RunOptions(0.002, 5, t, FROM, TO, 12));
            Engine engine = new Engine(world, t);
            engine.run((month, tally) -> { });
            assertEquals(4, engine.relayouts(), "every January after the first month");
            worlds[t - 1] = world;
        }
        Households a = worlds[0].households();
        Households b = worlds[1].households();
        assertEquals(a.count, b.count);
        int n = a.people();
        assertEquals(n, b.people());
        assertTrue(java.util.Arrays.equals(a.first, 0, a.count, b.first, 0, b.count));
        assertTrue(java.util.Arrays.equals(a.size, 0, a.count, b.size, 0, b.count));
        assertTrue(java.util.Arrays.equals(a.homeIncome, 0, a.count, b.homeIncome, 0, b.count));
        org.corridor.sim.world.People p = worlds[0].people();
        org.corridor.sim.world.People q = worlds[1].people();
        for (int[][] column : new int[][][] {{p.id, q.id}, {p.household, q.household}, {p.mother, q.mother}, {p.father, q.father},
                {p.spouse, q.spouse}}) {
            assertTrue(java.util.Arrays.equals(column[0], 0, n, column[1], 0, n));
        }
        assertTrue(java.util.Arrays.equals(p.flags, 0, n, q.flags, 0, n));
        assertTrue(java.util.Arrays.equals(p.place, 0, n, q.place, 0, n));
    }

    /**
     * Over twenty years households form and split: in every month the mean size of each origin's
     * households stays between 3 and 8 people and no household grows past 40 living members; the
     * layout stays one block per household with links inside the world, spouses pointing at each
     * other, and nearly every living child under 18 living with its living parents.
     */
    @Test
    void householdSizesStayBoundedOverTwentyYears() {
        YearMonth from = YearMonth.of(2005, 1);
        YearMonth to = YearMonth.of(2024, 12);
        World world = TestRun.SIMULATION.world(TestRun.SIMULATION.scenarios().load("baseline"),
                new org.corridor.sim.run.RunOptions(0.001, 7, 2, from, to, 0));
        Households h = world.households();
        int[] biggest = new int[1];
        new Engine(world, 2).run((month, tally) -> {
            for (Origin o : Origin.ALL) {
                double size = tally.get(o.ordinal(), HouseholdMeasure.POPULATION) / tally.get(o.ordinal(), HouseholdMeasure.HOUSEHOLDS);
                assertTrue(size > 3 && size < 8, o + " " + month.calendar + ": mean household size " + size);
            }
            for (int hh = 0; hh < h.count; hh++) {
                biggest[0] = Math.max(biggest[0], h.living[hh]);
            }
        });
        assertTrue(biggest[0] <= 40, "the largest household: " + biggest[0]);
        org.corridor.sim.world.People p = world.people();
        int n = h.people();
        int next = 0;
        for (int hh = 0; hh < h.count; hh++) {
            assertEquals(next, h.first[hh]);
            for (int i = h.first[hh]; i < h.first[hh] + h.size[hh]; i++) {
                assertEquals(hh, p.household[i]);
            }
            next += h.size[hh];
        }
        int now = (to.getYear() - 1900) * 12 + to.getMonthValue() - 1;
        int children = 0;
        int apart = 0;
        for (int i = 0; i < n; i++) {
            for (int link : new int[] {p.mother[i], p.father[i], p.spouse[i]}) {
                assertTrue(link >= -1 && link < n);
            }
            if (p.spouse[i] >= 0) {
                assertEquals(i, p.spouse[p.spouse[i]]);
            }
            if (p.has(i, org.corridor.sim.world.People.ALIVE) && now - p.birth[i] < 12 * 18) {
                children++;
                for (int parent : new int[] {p.mother[i], p.father[i]}) {
                    if (parent >= 0 && p.has(parent, org.corridor.sim.world.People.ALIVE) && p.household[parent] != p.household[i]) {
                        apart++;
                    }
                }
            }
        }
        assertTrue(apart < 0.001 * children, apart + " of " + children + " children live apart from a living parent");
    }

    @Test
    void theAgentMonthsAreThePeopleAliveEachMonth() {
        TestRun run = TestRun.of("baseline", 0.001, 3, 2, FROM, FROM.plusMonths(5), 0);
        double sum = 0;
        for (Tally t : run.tallies()) {
            for (Origin o : Origin.ALL) {
                sum += t.get(o.ordinal(), HouseholdMeasure.POPULATION);
            }
        }
        assertEquals(sum, run.agentMonths(), 1e-6);
    }
}
