package org.corridor.spark.sensitivity;

import java.util.SplittableRandom;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * The points at which to run the model to estimate Sobol indices by Saltelli sampling (Saltelli et al.
 * 2010, Computer Physics Communications 181, 259-270): two independent base samples A and B of N
 * points each, and, for every group of factors g, the matrix AB_g: A with the group's columns taken
 * from B. Comparing f(AB_g) with f(A) (which differ only in g) and with f(B) (which agree only in g)
 * isolates the total and the first-order share of the output variance due to g, for N (g + 2) runs in
 * all.
 *
 * <p>Point order: the N rows of A, then the N rows of B, then the N rows of AB_0, ..., then the N rows
 * of AB_(g-1): row n of A is point n, of B point N + n, of AB_g point (2 + g) N + n. Row n of AB_g is
 * row n of A with the group's coordinates from row n of B.
 *
 * <p>Groups: a group is a set of factors moved together, which share one AB matrix; the analysis then
 * gives one (closed) index per group, its factors' joint first-order and total effect. A group per
 * factor is the ordinary per-factor analysis. Groups must be disjoint; a factor in no group still
 * varies in A and B, and so in the output variance, but gets no index and costs no runs.
 *
 * <p>The base samples: the rows of A and B are the first N points of the 2k-dimensional Sobol
 * sequence (Hipparchus' {@link SobolSequenceGenerator}, Joe and Kuo's direction numbers), A the first
 * k coordinates and B the last k, as Saltelli et al. (2010) recommend: a low-discrepancy sequence
 * makes the estimates converge faster than random draws. The seed applies a random digital shift
 * (every point's binary digits XOR-ed with one seeded random string, per coordinate), which keeps the
 * sequence's balance, gives independent designs for different seeds, and moves the sequence's first
 * point off the corner (0, ..., 0). So no point is skipped: dropping the first points, as is often
 * done to avoid that corner, breaks the balance of the first 2^m points instead (Owen 2022, "On
 * dropping the first Sobol' point"). Use a power of two for N to get the whole balance.
 */
public final class SaltelliDesign {
    /** The Sobol sequence's points are multiples of 2^-52 in Hipparchus. */
    private static final int BITS = 52;

    private final int factors;
    private final int baseSamples;
    private final int[][] groups;
    private final double[][] points;

    private SaltelliDesign(int factors, int baseSamples, int[][] groups, double[][] points) {
        this.factors = factors;
        this.baseSamples = baseSamples;
        this.groups = groups;
        this.points = points;
    }

    /**
     * The per-factor design: every factor its own group, N (k + 2) points.
     *
     * @param factors k, at least 1, at most 10600 (the Sobol sequence's 21201 dimensions hold A and B)
     * @param baseSamples N, at least 2; a power of two, in the thousands, is usual
     * @param seed the seed of the digital shift
     * @throws IllegalArgumentException naming the argument that is out of range
     */
    public static SaltelliDesign of(int factors, int baseSamples, long seed) {
        if (factors < 1) {
            throw new IllegalArgumentException("factors must be at least 1, got " + factors);
        }
        int[][] groups = new int[factors][];
        for (int i = 0; i < factors; i++) {
            groups[i] = new int[] {i};
        }
        return of(factors, groups, baseSamples, seed);
    }

    /**
     * The grouped design: one AB matrix per group, N (g + 2) points for g groups.
     *
     * @param factors k, at least 1, at most 10600
     * @param groups the groups, each a non-empty set of 0-based factor indices; disjoint
     * @param baseSamples N, at least 2
     * @param seed the seed of the digital shift
     * @throws IllegalArgumentException naming the argument that is out of range
     */
    public static SaltelliDesign of(int factors, int[][] groups, int baseSamples, long seed) {
        if (factors < 1 || factors > 10600) {
            throw new IllegalArgumentException("factors must be between 1 and 10600, got " + factors);
        }
        if (baseSamples < 2) {
            throw new IllegalArgumentException("baseSamples must be at least 2, got " + baseSamples);
        }
        if (groups.length < 1) {
            throw new IllegalArgumentException("groups must hold at least one group");
        }
        int[][] copy = new int[groups.length][];
        boolean[] seen = new boolean[factors];
        for (int g = 0; g < groups.length; g++) {
            if (groups[g] == null || groups[g].length == 0) {
                throw new IllegalArgumentException("groups[" + g + "] is empty");
            }
            copy[g] = groups[g].clone();
            for (int i : copy[g]) {
                if (i < 0 || i >= factors) {
                    throw new IllegalArgumentException("groups[" + g + "] holds factor " + i + ", outside 0 to " + (factors - 1));
                }
                if (seen[i]) {
                    throw new IllegalArgumentException("groups: factor " + i + " is in more than one group (or twice in one)");
                }
                seen[i] = true;
            }
        }
        long size = (long) baseSamples * (copy.length + 2);
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("baseSamples x (groups + 2) is too many points: " + size);
        }
        int n = baseSamples;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * factors);
        SplittableRandom random = new SplittableRandom(seed);
        long[] shift = new long[2 * factors];
        for (int d = 0; d < shift.length; d++) {
            shift[d] = random.nextLong() >>> (Long.SIZE - BITS);
        }
        double scale = Math.scalb(1.0, BITS);
        double[][] points = new double[(int) size][];
        for (int row = 0; row < n; row++) {
            double[] v = sobol.nextVector();
            double[] a = new double[factors];
            double[] b = new double[factors];
            for (int d = 0; d < v.length; d++) {
                double shifted = (((long) (v[d] * scale)) ^ shift[d]) / scale;
                if (d < factors) {
                    a[d] = shifted;
                } else {
                    b[d - factors] = shifted;
                }
            }
            points[row] = a;
            points[n + row] = b;
            for (int g = 0; g < copy.length; g++) {
                double[] ab = a.clone();
                for (int i : copy[g]) {
                    ab[i] = b[i];
                }
                points[(2 + g) * n + row] = ab;
            }
        }
        return new SaltelliDesign(factors, n, copy, points);
    }

    /** k, the number of factors (coordinates of a point). */
    public int factors() {
        return factors;
    }

    /** N, the number of rows of A, of B and of every AB_g. */
    public int baseSamples() {
        return baseSamples;
    }

    /** A copy of the groups, in the order of the AB matrices and of the analysis' indices. */
    public int[][] groups() {
        int[][] copy = new int[groups.length][];
        for (int g = 0; g < groups.length; g++) {
            copy[g] = groups[g].clone();
        }
        return copy;
    }

    /** g, the number of groups (k for the per-factor design). */
    public int groupCount() {
        return groups.length;
    }

    /** The number of points, N (g + 2). */
    public int size() {
        return points.length;
    }

    /** A copy of point {@code index} alone, for a caller that maps points to runs one at a time. */
    public double[] point(int index) {
        return points[index].clone();
    }

    /** A copy of the points, {@code [point][factor]}, every coordinate in [0, 1), in the order of the class comment. */
    public double[][] points() {
        double[][] copy = new double[points.length][];
        for (int p = 0; p < points.length; p++) {
            copy[p] = points[p].clone();
        }
        return copy;
    }
}
