package org.corridor.spark.sensitivity;

import java.util.SplittableRandom;

/**
 * The points at which to run the model for a Morris elementary-effects screening (Morris 1991,
 * Technometrics 33(2), 161-174): {@code r} trajectories through the unit cube, each of k + 1 points,
 * each point differing from the one before in one factor only, by a fixed step.
 *
 * <p>Why trajectories: one run per factor beyond the first isolates that factor's effect at a random
 * place of the cube (an elementary effect), and r such places, spread over the cube, show both how
 * much a factor matters on average and how much its effect changes from place to place (through
 * non-linearity or interaction). The cost is r (k + 1) runs, linear in the number of factors, which
 * is what makes it the screening method of choice for an expensive model with many factors.
 *
 * <p>Construction (Morris 1991's B* matrix, built directly): the factors take p levels
 * 0, 1/(p-1), ..., 1, p even; the step is Delta = p / (2 (p - 1)), so that every level moved by Delta
 * is again a level and, over the trajectories, every level is visited equally often. For each
 * trajectory a base point x* is drawn with every coordinate uniform over the levels from which a step
 * up stays in [0, 1] (0, ..., 1 - Delta); each factor gets a random direction, up from x*_i or down
 * from x*_i + Delta; the factors are moved one at a time, in a random order, each by its signed
 * Delta. The trajectories are drawn independently; the spread-maximising choice among many
 * candidates proposed by Campolongo, Cariboni and Saltelli (2007) is not applied.
 *
 * <p>Point order: trajectory after trajectory; point {@code j (k + 1) + s} is point s (0 to k) of
 * trajectory j, and between its points s and s + 1 factor {@link #movedFactor(int, int)
 * movedFactor(j, s)} changes by {@link #signedStep(int, int) signedStep(j, s)}.
 *
 * <p>The same arguments give the same design on every machine ({@link SplittableRandom}'s sequence
 * is specified).
 */
public final class MorrisDesign {
    private final int factors;
    private final int trajectories;
    private final int levels;
    private final double delta;
    private final double[][] points;
    private final int[][] moved;
    private final double[][] steps;

    private MorrisDesign(int factors, int trajectories, int levels, double delta, double[][] points, int[][] moved,
            double[][] steps) {
        this.factors = factors;
        this.trajectories = trajectories;
        this.levels = levels;
        this.delta = delta;
        this.points = points;
        this.moved = moved;
        this.steps = steps;
    }

    /**
     * A design of {@code trajectories} trajectories over {@code factors} factors.
     *
     * @param factors k, at least 1 (count a dummy factor here, see {@link MorrisAnalysis})
     * @param trajectories r, at least 2 (a standard deviation needs two effects); 10 to 50 is usual
     * @param levels p, even and at least 2; 4 is usual
     * @param seed the seed of the draws
     * @throws IllegalArgumentException naming the argument that is out of range
     */
    public static MorrisDesign of(int factors, int trajectories, int levels, long seed) {
        if (factors < 1) {
            throw new IllegalArgumentException("factors must be at least 1, got " + factors);
        }
        if (trajectories < 2) {
            throw new IllegalArgumentException("trajectories must be at least 2, got " + trajectories);
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("levels must be even and at least 2, got " + levels);
        }
        long size = (long) trajectories * (factors + 1);
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("trajectories x (factors + 1) is too many points: " + size);
        }
        int half = levels / 2; // Delta in grid units
        double delta = half / (double) (levels - 1);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[(int) size][];
        int[][] moved = new int[trajectories][factors];
        double[][] steps = new double[trajectories][factors];
        int[] level = new int[factors];
        int[] direction = new int[factors];
        for (int j = 0; j < trajectories; j++) {
            for (int i = 0; i < factors; i++) {
                int base = random.nextInt(half); // x*_i, a level from which a step up stays in the cube
                direction[i] = random.nextBoolean() ? 1 : -1;
                level[i] = direction[i] > 0 ? base : base + half;
            }
            int[] order = moved[j];
            for (int i = 0; i < factors; i++) {
                order[i] = i;
            }
            for (int i = factors - 1; i > 0; i--) { // Fisher-Yates
                int swap = random.nextInt(i + 1);
                int kept = order[i];
                order[i] = order[swap];
                order[swap] = kept;
            }
            int first = j * (factors + 1);
            points[first] = coordinates(level, levels);
            for (int s = 0; s < factors; s++) {
                int i = order[s];
                level[i] += direction[i] * half;
                steps[j][s] = direction[i] * delta;
                points[first + s + 1] = coordinates(level, levels);
            }
        }
        return new MorrisDesign(factors, trajectories, levels, delta, points, moved, steps);
    }

    private static double[] coordinates(int[] level, int levels) {
        double[] x = new double[level.length];
        for (int i = 0; i < level.length; i++) {
            x[i] = level[i] / (double) (levels - 1);
        }
        return x;
    }

    /** k, the number of factors (coordinates of a point). */
    public int factors() {
        return factors;
    }

    /** r, the number of trajectories. */
    public int trajectories() {
        return trajectories;
    }

    /** p, the number of grid levels. */
    public int levels() {
        return levels;
    }

    /** Delta = p / (2 (p - 1)), the size of every step. */
    public double delta() {
        return delta;
    }

    /** The number of points, r (k + 1). */
    public int size() {
        return points.length;
    }

    /** A copy of point {@code index} alone, for a caller that maps points to runs one at a time. */
    public double[] point(int index) {
        return points[index].clone();
    }

    /** A copy of the points, {@code [point][factor]}, every coordinate in [0, 1], in the order of the class comment. */
    public double[][] points() {
        double[][] copy = new double[points.length][];
        for (int n = 0; n < points.length; n++) {
            copy[n] = points[n].clone();
        }
        return copy;
    }

    /** The factor that changes between points {@code step} and {@code step + 1} of trajectory {@code trajectory}. */
    public int movedFactor(int trajectory, int step) {
        return moved[trajectory][step];
    }

    /** The change, +Delta or -Delta, of the moved factor between points {@code step} and {@code step + 1} of {@code trajectory}. */
    public double signedStep(int trajectory, int step) {
        return steps[trajectory][step];
    }
}
