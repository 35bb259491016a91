package org.corridor.evidence.indicator;

import java.util.List;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

/**
 * The gravity form of destination choice (002:6099-6117, after Krugman: flows between two places
 * grow with their economic masses and fall with the distance between them), fitted in logs by
 * ordinary least squares: ln F_ij = ln A + a ln M_i + b ln M_j + c ln D_ij. The pure gravity form
 * has a = b = 1 and c = -1.
 */
public final class Gravity {
    private Gravity() {
    }

    /** One origin-destination pair: the flow (or stock) between them, the two masses and the distance. */
    public record Pair(String origin, String destination, double flow, double originMass, double destinationMass, double distanceKm) {
        public Pair {
            if (!(flow > 0 && originMass > 0 && destinationMass > 0 && distanceKm > 0)) {
                throw new IllegalArgumentException(origin + "-" + destination + ": flow, masses and distance must all be positive");
            }
        }
    }

    /**
     * The fitted elasticities with their standard errors.
     *
     * @param coefficients ln A, a (origin mass), b (destination mass), c (distance)
     */
    public record Fit(double[] coefficients, double[] standardErrors, double rSquared, int pairs) {
        public double constant() {
            return coefficients[0];
        }

        public double originMass() {
            return coefficients[1];
        }

        public double destinationMass() {
            return coefficients[2];
        }

        public double distance() {
            return coefficients[3];
        }
    }

    /** Fits the four coefficients; needs at least five pairs that are not collinear. */
    public static Fit fit(List<Pair> pairs) {
        if (pairs.size() < 5) {
            throw new IllegalArgumentException("a gravity fit of four coefficients needs at least five pairs, got " + pairs.size());
        }
        double[] y = new double[pairs.size()];
        double[][] x = new double[pairs.size()][3];
        for (int k = 0; k < pairs.size(); k++) {
            Pair p = pairs.get(k);
            y[k] = Math.log(p.flow());
            x[k][0] = Math.log(p.originMass());
            x[k][1] = Math.log(p.destinationMass());
            x[k][2] = Math.log(p.distanceKm());
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        try {
            return new Fit(ols.estimateRegressionParameters(), ols.estimateRegressionParametersStandardErrors(), ols.calculateRSquared(),
                    pairs.size());
        } catch (MathIllegalArgumentException singular) {
            throw new IllegalArgumentException("the pairs' masses and distances are collinear: the coefficients cannot be told apart", singular);
        }
    }
}
