package org.corridor.sim.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Role;
import org.junit.jupiter.api.Test;

class SynthesizerTest {
    static final PopulationInputs INPUTS = PopulationLoader.embedded();
    static final Synthesizer.Leaving LEAVING = Synthesizer.Leaving.of(org.corridor.sim.behaviour.BehaviourLoader.embedded());
    static final YearMonth FIRST = YearMonth.of(2005, 1);
    static final YearMonth LAST = YearMonth.of(2025, 12);
    static final double SCALE = 0.005;
    static final Synthesizer.Population POPULATION = Synthesizer.build(INPUTS, LEAVING, SCALE, FIRST, LAST, 11);

    @Test
    void eachOriginStartsWithItsPeopleAtTheFirstMonth() {
        long[] alive = new long[3];
        People p = POPULATION.people();
        for (int i = 0; i < POPULATION.households().people(); i++) {
            if (p.has(i, People.ALIVE)) {
                alive[p.origin[i]]++;
            }
        }
        for (Origin o : Origin.ALL) {
            double target = INPUTS.origins().get(o.ordinal()).populationAt(FIRST) * SCALE;
            // The last household may overshoot by its size.
            assertEquals(target, alive[o.ordinal()], 20, o + ": UN WPP 2024 population times the scale");
        }
    }

    @Test
    void householdsAreContiguousBlocksOfTheirMembers() {
        People p = POPULATION.people();
        Households h = POPULATION.households();
        int next = 0;
        for (int k = 0; k < h.count; k++) {
            assertEquals(next, h.first[k], "household " + k + " starts where the last ended");
            assertTrue(h.size[k] >= 1 && h.size[k] <= Synthesizer.MAX_MEMBERS);
            int heads = 0;
            for (int i = h.first[k]; i < h.first[k] + h.size[k]; i++) {
                assertEquals(k, p.household[i]);
                assertEquals(h.origin[k], p.origin[i]);
                heads += p.role[i] == Role.HEAD.ordinal() ? 1 : 0;
            }
            assertEquals(1, heads, "one head per household");
            assertTrue(h.homeIncome[k] > 0);
            next += h.size[k];
        }
        assertEquals(h.people(), next, "no person outside a household");
        assertTrue(p.capacity >= next, "the people arrays hold everyone (with room to spare)");
    }

    @Test
    void theUnbornAreBornDuringTheRunAndTheLivingBefore() {
        People p = POPULATION.people();
        int first = (FIRST.getYear() - 1900) * 12;
        int last = (LAST.getYear() - 1900) * 12 + 11;
        int unborn = 0;
        for (int i = 0; i < POPULATION.households().people(); i++) {
            if (p.has(i, People.ALIVE)) {
                assertTrue(p.birth[i] <= first);
            } else {
                unborn++;
                assertTrue(p.birth[i] > first && p.birth[i] <= last, "a birth within the run");
                assertEquals(Role.CHILD.ordinal(), p.role[i]);
            }
        }
        assertTrue(unborn > POPULATION.households().people() / 4, "two decades of births at the corridor's fertility");
    }

    @Test
    void theAgeStructureIsAYoungPopulations() {
        People p = POPULATION.people();
        int first = (FIRST.getYear() - 1900) * 12;
        long[] alive = new long[3];
        long[] children = new long[3];
        long[] old = new long[3];
        for (int i = 0; i < POPULATION.households().people(); i++) {
            if (!p.has(i, People.ALIVE)) {
                continue;
            }
            int age = p.age(i, first);
            alive[p.origin[i]]++;
            children[p.origin[i]] += age < 15 ? 1 : 0;
            old[p.origin[i]] += age >= 65 ? 1 : 0;
        }
        // Tajikistan 2005: 57.8% aged 15-64 (World Bank WDI SP.POP.1564.TO.ZS); 65+ about 4%, so 0-14 about 38%.
        assertEquals(0.38, children[0] / (double) alive[0], 0.04, "TJ share aged 0-14");
        for (int o = 0; o < 3; o++) {
            assertTrue(old[o] / (double) alive[o] < 0.07, Origin.ALL[o] + ": few over 65 in 2005");
            assertTrue(children[o] / (double) alive[o] > 0.28, Origin.ALL[o] + ": many children");
        }
    }

    @Test
    void uzbekHouseholdsAreLargeAsTheSurveySays() {
        Households h = POPULATION.households();
        People p = POPULATION.people();
        long households = 0;
        long large = 0;
        long single = 0;
        for (int k = 0; k < h.count; k++) {
            if (h.origin[k] != Origin.UZ.ordinal()) {
                continue;
            }
            int living = 0;
            for (int i = h.first[k]; i < h.first[k] + h.size[k]; i++) {
                living += p.has(i, People.ALIVE) ? 1 : 0;
            }
            households++;
            large += living >= 6 ? 1 : 0;
            single += living == 1 ? 1 : 0;
        }
        // Statistics Agency of Uzbekistan, household survey 2023: 39.4% of households have 6 or more members, 3.0% one.
        assertEquals(0.394, large / (double) households, 0.06);
        assertTrue(single / (double) households < 0.08);
    }

    @Test
    void theSameSeedGivesTheSamePopulation() {
        Synthesizer.Population again = Synthesizer.build(INPUTS, LEAVING, SCALE, FIRST, LAST, 11);
        assertArrayEquals(POPULATION.people().birth, again.people().birth);
        assertArrayEquals(POPULATION.households().size, again.households().size);
    }
}
