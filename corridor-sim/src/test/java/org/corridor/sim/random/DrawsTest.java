package org.corridor.sim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DrawsTest {
    @Test
    void aDrawIsAPureFunctionOfItsKeys() {
        assertEquals(Draws.uniform(7, 12345, 60, 3), Draws.uniform(7, 12345, 60, 3));
        assertNotEquals(Draws.uniform(7, 12345, 60, 3), Draws.uniform(8, 12345, 60, 3));
        assertNotEquals(Draws.uniform(7, 12345, 60, 3), Draws.uniform(7, 12346, 60, 3));
        assertNotEquals(Draws.uniform(7, 12345, 60, 3), Draws.uniform(7, 12345, 61, 3));
        assertNotEquals(Draws.uniform(7, 12345, 60, 3), Draws.uniform(7, 12345, 60, 4));
    }

    @Test
    void drawsAreUniformOnTheUnitIntervalInEveryDirectionOfTheKeys() {
        int n = 200_000;
        int[] bins = new int[10];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            // Walk the keys the way the engine does: persons, months and streams all vary.
            double u = Draws.uniform(42, k % 5000, k / 5000, 1 + k % 7);
            assertTrue(u >= 0 && u < 1);
            bins[(int) (u * 10)]++;
            sum += u;
        }
        assertEquals(0.5, sum / n, 0.005);
        for (int b : bins) {
            assertEquals(n / 10.0, b, n / 10.0 * 0.03, "each tenth of [0, 1) gets a tenth of the draws");
        }
    }

    @Test
    void neighbouringStreamsAreUncorrelated() {
        int n = 100_000;
        double sxy = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        for (int k = 0; k < n; k++) {
            double x = Draws.uniform(1, k, 5, 2);
            double y = Draws.uniform(1, k, 5, 3);
            sxy += x * y;
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
        }
        double r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
        assertEquals(0, r, 0.015);
    }

    @Test
    void chanceNeverFiresAtZeroAndAlwaysAtOne() {
        for (int k = 0; k < 1000; k++) {
            assertTrue(!Draws.chance(3, k, 1, 1, 0));
            assertTrue(Draws.chance(3, k, 1, 1, 1));
        }
    }
}
