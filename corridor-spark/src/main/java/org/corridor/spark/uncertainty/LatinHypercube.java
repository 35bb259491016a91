package org.corridor.spark.uncertainty;

import java.util.SplittableRandom;

/**
 * Latin-hypercube samples of the unit cube: each coordinate's [0, 1] is cut into as many equal strata
 * as there are draws, and every stratum holds exactly one draw, at a random place within it (McKay,
 * Beckman and Conover 1979). The same seed gives the same draws on every machine
 * ({@link SplittableRandom}'s sequence is specified).
 */
public final class LatinHypercube {
    private LatinHypercube() {
    }

    /** {@code draws} points of {@code dimensions} coordinates, each in [0, 1). */
    public static double[][] sample(int draws, int dimensions, long seed) {
        if (draws < 1 || dimensions < 0) {
            throw new IllegalArgumentException("need at least one draw and no negative dimension");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[draws][dimensions];
        int[] strata = new int[draws];
        for (int d = 0; d < dimensions; d++) {
            for (int k = 0; k < draws; k++) {
                strata[k] = k;
            }
            for (int k = draws - 1; k > 0; k--) { // Fisher-Yates
                int j = random.nextInt(k + 1);
                int swap = strata[k];
                strata[k] = strata[j];
                strata[j] = swap;
            }
            for (int k = 0; k < draws; k++) {
                points[k][d] = (strata[k] + random.nextDouble()) / draws;
            }
        }
        return points;
    }
}
