package org.corridor.evidence.report;

import java.util.Arrays;
import java.util.List;
import org.corridor.evidence.compare.Simulated;
import org.corridor.evidence.observation.Observation;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * How an ensemble's replicas spread one figure: the median and the 5% and 95% quantiles over the
 * replicas that have a value, by Hyndman and Fan's type 7 (the quantiles of corridor ensemble's
 * summary), so one replica gives a band of its own value.
 *
 * @param replicas how many replicas had a value (the others had nothing to divide by)
 */
public record Band(double median, double p05, double p95, int replicas) {

    /** The band of the replicas' figures for one observation, or null when none has a value. */
    static Band ofFigures(List<Simulated> figures) {
        return of(figures.stream().filter(Simulated.Value.class::isInstance).mapToDouble(s -> ((Simulated.Value) s).value()).toArray());
    }

    /** The band of the finite values given, or null when there are none. */
    static Band of(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return null;
        }
        Percentile q = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        return new Band(q.evaluate(finite, 50), q.evaluate(finite, 5), q.evaluate(finite, 95), finite.length);
    }

    /**
     * Whether the band meets the observation: holds its value or overlaps the range the source gives.
     * A range says the figure lies somewhere in it, the reading by which a run's error is zero inside it.
     */
    public boolean holds(Observation o) {
        return o.baseLowEnd() <= p95 && o.baseHighEnd() >= p05;
    }
}
