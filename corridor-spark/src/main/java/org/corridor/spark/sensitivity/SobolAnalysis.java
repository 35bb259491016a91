package org.corridor.spark.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The first-order and total Sobol indices of every group from the outputs of a {@link SaltelliDesign}.
 *
 * <p>With f(A), f(B), f(AB_g) the outputs at row n of each matrix and V the variance of the 2N outputs
 * of A and B together (divisor 2N):
 * <ul>
 *   <li>first-order, Saltelli et al. (2010, Computer Physics Communications 181, 259-270, their
 *       estimator for V_i): S_g = mean over n of f(B) (f(AB_g) - f(A)) / V. The outputs are first
 *       centred on the mean of the A and B outputs, which changes nothing in expectation (f(AB_g) and
 *       f(A) have the same mean) but removes the error a large output mean would otherwise add;</li>
 *   <li>total, Jansen's estimator (Jansen 1999, Computer Physics Communications 117, 35-43; also
 *       Saltelli et al. 2010's recommendation): ST_g = mean over n of (f(A) - f(AB_g))^2 / 2 / V.</li>
 * </ul>
 *
 * <p>The intervals resample the N base rows with replacement, row n carrying its A, B and every AB_g
 * output together (the estimators pair them), and recompute V and every index on each resample.
 *
 * <p>A constant output: when every A and B output is the same number, there is no variance to share
 * out and both indices of every group are reported as 0, intervals [0, 0], without dividing by V
 * (likewise for a resample whose A and B outputs are all equal). No factor moves a constant output, so
 * 0 is the answer a ranking needs; a caller that must tell this case apart can check the outputs.
 */
public final class SobolAnalysis {
    private SobolAnalysis() {
    }

    /**
     * The indices of every group, in the design's group order.
     *
     * @param design the design the outputs were run at
     * @param outputs the model's output at every point of the design, in the design's order; one output
     *     at a time (analyse each output of a multi-output model separately)
     * @param bootstrap the resampling for the intervals
     * @throws IllegalArgumentException if {@code outputs} is not as long as the design or holds a
     *     value that is not finite
     */
    public static List<SobolIndex> analyse(SaltelliDesign design, double[] outputs, Bootstrap bootstrap) {
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException("outputs has " + outputs.length + " values, the design " + design.size() + " points");
        }
        for (int p = 0; p < outputs.length; p++) {
            if (!Double.isFinite(outputs[p])) {
                throw new IllegalArgumentException("outputs[" + p + "] is not finite: " + outputs[p]);
            }
        }
        int n = design.baseSamples();
        int groups = design.groupCount();
        int[] rows = new int[n];
        for (int row = 0; row < n; row++) {
            rows[row] = row;
        }
        double[] first = new double[groups];
        double[] total = new double[groups];
        estimate(outputs, n, rows, first, total);

        double[][] firstReplicates = new double[groups][bootstrap.resamples()];
        double[][] totalReplicates = new double[groups][bootstrap.resamples()];
        double[] resampledFirst = new double[groups];
        double[] resampledTotal = new double[groups];
        SplittableRandom random = new SplittableRandom(bootstrap.seed());
        for (int b = 0; b < bootstrap.resamples(); b++) {
            for (int draw = 0; draw < n; draw++) {
                rows[draw] = random.nextInt(n);
            }
            estimate(outputs, n, rows, resampledFirst, resampledTotal);
            for (int g = 0; g < groups; g++) {
                firstReplicates[g][b] = resampledFirst[g];
                totalReplicates[g][b] = resampledTotal[g];
            }
        }
        List<SobolIndex> indices = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            double[] f = bootstrap.interval(firstReplicates[g]);
            double[] t = bootstrap.interval(totalReplicates[g]);
            indices.add(new SobolIndex(g, first[g], f[0], f[1], total[g], t[0], t[1]));
        }
        return List.copyOf(indices);
    }

    /**
     * Both indices of every group over the base rows {@code rows} (with repeats, for a resample), into
     * {@code first} and {@code total}.
     */
    private static void estimate(double[] y, int n, int[] rows, double[] first, double[] total) {
        double sum = 0;
        boolean constant = true;
        double some = y[rows[0]];
        for (int row : rows) {
            double a = y[row];
            double b = y[n + row];
            sum += a + b;
            constant &= a == some && b == some;
        }
        double mean = sum / (2.0 * rows.length);
        double squares = 0;
        for (int row : rows) {
            double a = y[row] - mean;
            double b = y[n + row] - mean;
            squares += a * a + b * b;
        }
        double variance = squares / (2.0 * rows.length);
        if (constant || !(variance > 0)) { // no variance to share out: see the class comment
            Arrays.fill(first, 0);
            Arrays.fill(total, 0);
            return;
        }
        for (int g = 0; g < first.length; g++) {
            int ab = (2 + g) * n;
            double firstSum = 0;
            double totalSum = 0;
            for (int row : rows) {
                double a = y[row];
                double change = y[ab + row] - a;
                firstSum += (y[n + row] - mean) * change;
                totalSum += change * change;
            }
            first[g] = firstSum / rows.length / variance;
            total[g] = totalSum / rows.length / 2 / variance;
        }
    }
}
