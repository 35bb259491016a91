package org.corridor.spark.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LatinHypercubeTest {
    @Test
    void everyStratumOfEveryCoordinateHoldsExactlyOneDraw() {
        int draws = 8;
        double[][] points = LatinHypercube.sample(draws, 150, 7);
        for (int d = 0; d < 150; d++) {
            boolean[] seen = new boolean[draws];
            for (double[] p : points) {
                assertTrue(p[d] >= 0 && p[d] < 1);
                int stratum = (int) (p[d] * draws);
                assertFalse(seen[stratum], "two draws in stratum " + stratum + " of coordinate " + d);
                seen[stratum] = true;
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDrawsAndAnotherSeedOthers() {
        double[][] a = LatinHypercube.sample(4, 10, 1);
        double[][] b = LatinHypercube.sample(4, 10, 1);
        for (int k = 0; k < 4; k++) {
            assertArrayEquals(a[k], b[k]);
        }
        assertFalse(Arrays.deepEquals(a, LatinHypercube.sample(4, 10, 2)));
        assertEquals(4, a.length);
    }
}
