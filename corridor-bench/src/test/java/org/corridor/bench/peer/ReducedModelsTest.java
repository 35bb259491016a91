package org.corridor.bench.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The two implementations of the peer comparison must be the same model, or the ratio means nothing. */
class ReducedModelsTest {
    @Test
    void bothImplementationsReachTheSameShareAbroad() {
        int people = 200_000;
        CorridorReduced corridor = new CorridorReduced(people, 3);
        MasonReduced mason = new MasonReduced(people, 3, false);
        mason.start();
        MasonReduced sequence = new MasonReduced(people, 4, true);
        sequence.start();
        int corridorAbroad = 0;
        for (int m = 0; m < 36; m++) {
            corridorAbroad = corridor.step();
            mason.schedule.step(mason);
            sequence.schedule.step(sequence);
            // Month by month, not only at the end: the same process, not just the same equilibrium.
            assertEquals(corridorAbroad / (double) people, mason.abroadCount / (double) people, 0.004, "month " + m);
            assertEquals(corridorAbroad / (double) people, sequence.abroadCount / (double) people, 0.004, "month " + m);
        }
        // In equilibrium, leaving (return, or a failed check: 0.03 x P(not both)) balances arriving (0.01 a month).
        double share = corridorAbroad / (double) people;
        assertEquals(true, share > 0.08 && share < 0.12, "share abroad " + share);
    }
}
