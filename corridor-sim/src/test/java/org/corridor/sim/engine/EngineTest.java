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
                assertTrue(t.total(oi, Measure.WORKING) <= abroad + t.total(oi, Measure.RETURNS));
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
                    // Stock and flow: this month's stock is last month's plus arrivals, less returns, expulsions
                    // (already among the returns) and deaths abroad; deaths abroad are few.
                    Tally before = run.tallies().get(k - 1);
                    double flow = before.total(oi, Measure.ABROAD) + t.total(oi, Measure.ARRIVALS) - t.total(oi, Measure.RETURNS);
                    assertEquals(flow, abroad, Math.max(5, 0.01 * abroad), o + " " + run.months().get(k));
                }
            }
        }
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
