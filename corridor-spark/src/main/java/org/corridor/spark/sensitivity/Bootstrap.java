package org.corridor.spark.sensitivity;

import java.util.Arrays;

/**
 * How the analyses put a confidence interval on an index: a percentile bootstrap (Efron and Tibshirani
 * 1993), recomputing the index on {@code resamples} resamples, drawn with replacement, of the
 * independent units of the design (Morris trajectories, Saltelli base rows), and reporting the
 * central {@code confidence} share of the recomputed values.
 *
 * <p>The bootstrap treats the units as independent draws. For Sobol-sequence designs they are more
 * evenly spread than independent draws, so the intervals are, if anything, wider than the estimator's
 * real error: conservative, not optimistic.
 *
 * @param resamples how many resamples, at least 1; 1000 is usual
 * @param confidence the interval's coverage, strictly between 0 and 1, e.g. 0.95
 * @param seed the seed of the resampling ({@link java.util.SplittableRandom}), so intervals repeat
 */
public record Bootstrap(int resamples, double confidence, long seed) {
    /** Checks the arguments. */
    public Bootstrap {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be strictly between 0 and 1, got " + confidence);
        }
    }

    /** 1000 resamples, a 95% interval. */
    public static Bootstrap of(long seed) {
        return new Bootstrap(1000, 0.95, seed);
    }

    /**
     * The percentile interval of the recomputed values: their (1 - confidence) / 2 and
     * (1 + confidence) / 2 quantiles, interpolated linearly between order statistics (Hyndman and
     * Fan's type 7). Sorts {@code replicates} in place.
     */
    double[] interval(double[] replicates) {
        Arrays.sort(replicates);
        double tail = (1 - confidence) / 2;
        return new double[] {quantile(replicates, tail), quantile(replicates, 1 - tail)};
    }

    private static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
