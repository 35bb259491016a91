package org.corridor.spark.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Morris measures of every factor from the outputs of a {@link MorrisDesign}: for factor i on
 * trajectory j, the elementary effect EE = (y(x + Delta e_i) - y(x)) / Delta, where the step is taken
 * with its sign (a step down from x gives (y(x - Delta e_i) - y(x)) / (-Delta)), so that every effect
 * is a forward difference quotient whatever the direction travelled (Morris 1991, Technometrics
 * 33(2)). Each trajectory gives one effect per factor; over the r trajectories the analysis reports
 * their mean mu, the mean of their absolute values mu* and their standard deviation sigma.
 *
 * <p>Why mu*: mu lets effects of opposite signs cancel, so a factor that matters a great deal but
 * non-monotonically can show mu near zero; mu* does not, and approximates the total-effect Sobol index
 * as a ranking measure (Campolongo, Cariboni and Saltelli 2007, Environmental Modelling &amp; Software
 * 22, 1509-1518). A bootstrap interval of mu*, resampling whole trajectories, says whether two
 * factors' ranks can be told apart.
 *
 * <p>The dummy factor: Morris measures have no absolute scale saying when an effect is negligible. Add
 * one extra factor to the design that the model never reads (the caller simply ignores that
 * coordinate when mapping points to parameters) and analyse it like any other. A deterministic model
 * gives it exactly mu* = 0; a stochastic model (a simulation whose seed changes between runs) gives it
 * the mu* of the noise alone, the floor below which a factor's mu* cannot be told from noise. This
 * class needs nothing special for it: the dummy is a factor.
 */
public final class MorrisAnalysis {
    private MorrisAnalysis() {
    }

    /**
     * The measures of every factor, in factor order.
     *
     * @param design the design the outputs were run at
     * @param outputs the model's output at every point of the design, in the design's order; one output
     *     at a time (analyse each output of a multi-output model separately)
     * @param bootstrap the resampling for the intervals of mu*
     * @throws IllegalArgumentException if {@code outputs} is not as long as the design or holds a
     *     value that is not finite
     */
    public static List<MorrisIndex> analyse(MorrisDesign design, double[] outputs, Bootstrap bootstrap) {
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException("outputs has " + outputs.length + " values, the design " + design.size() + " points");
        }
        for (int n = 0; n < outputs.length; n++) {
            if (!Double.isFinite(outputs[n])) {
                throw new IllegalArgumentException("outputs[" + n + "] is not finite: " + outputs[n]);
            }
        }
        int k = design.factors();
        int r = design.trajectories();
        double[][] effects = new double[r][k]; // [trajectory][factor]
        for (int j = 0; j < r; j++) {
            int first = j * (k + 1);
            for (int s = 0; s < k; s++) {
                effects[j][design.movedFactor(j, s)] = (outputs[first + s + 1] - outputs[first + s]) / design.signedStep(j, s);
            }
        }
        double[][] replicates = new double[k][bootstrap.resamples()];
        SplittableRandom random = new SplittableRandom(bootstrap.seed());
        double[] sums = new double[k];
        for (int b = 0; b < bootstrap.resamples(); b++) {
            Arrays.fill(sums, 0);
            for (int draw = 0; draw < r; draw++) {
                double[] row = effects[random.nextInt(r)];
                for (int i = 0; i < k; i++) {
                    sums[i] += Math.abs(row[i]);
                }
            }
            for (int i = 0; i < k; i++) {
                replicates[i][b] = sums[i] / r;
            }
        }
        List<MorrisIndex> indices = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double sum = 0;
            double absolute = 0;
            for (double[] row : effects) {
                sum += row[i];
                absolute += Math.abs(row[i]);
            }
            double mu = sum / r;
            double squares = 0;
            for (double[] row : effects) {
                squares += (row[i] - mu) * (row[i] - mu);
            }
            double[] interval = bootstrap.interval(replicates[i]);
            indices.add(new MorrisIndex(i, mu, absolute / r, Math.sqrt(squares / (r - 1)), interval[0], interval[1]));
        }
        return List.copyOf(indices);
    }
}
