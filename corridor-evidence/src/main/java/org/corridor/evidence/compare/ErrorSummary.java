package org.corridor.evidence.compare;

import java.util.Arrays;
import java.util.List;

/**
 * How well a run reproduces a set of observations.
 *
 * @param observations how many there are
 * @param compared how many the run has a value for
 * @param meanAbsolutePercentError the mean of |simulated - observed| / observed, in percent
 * @param medianAbsolutePercentError its median, in percent (less swayed by a few wild misses)
 * @param withinTolerance how many compared ones are within their tolerance
 */
public record ErrorSummary(int observations, int compared, double meanAbsolutePercentError, double medianAbsolutePercentError,
                           int withinTolerance) {

    public static ErrorSummary of(List<Comparison> comparisons) {
        double[] errors = comparisons.stream().filter(Comparison::compared).mapToDouble(c -> 100 * c.relativeError()).sorted().toArray();
        int within = (int) comparisons.stream().filter(Comparison::withinTolerance).count();
        double mean = errors.length == 0 ? Double.NaN : Arrays.stream(errors).average().orElseThrow();
        double median = errors.length == 0 ? Double.NaN
                : errors.length % 2 == 1 ? errors[errors.length / 2] : (errors[errors.length / 2 - 1] + errors[errors.length / 2]) / 2;
        return new ErrorSummary(comparisons.size(), errors.length, mean, median, within);
    }

    /** The share of compared observations within tolerance, in percent. */
    public double withinTolerancePercent() {
        return compared == 0 ? Double.NaN : 100.0 * withinTolerance / compared;
    }
}
