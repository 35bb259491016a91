package org.corridor.evidence.compare;

import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.targets.Target;

/**
 * One observation against the run.
 *
 * @param target the target it is, or null for a check the calibration did not see
 * @param simulated the run's value in the observation's base unit, or why there is none
 * @param tolerance the target's tolerance, or {@link Comparisons#CHECK_TOLERANCE} for a check
 */
public record Comparison(Observation observation, Target target, Simulated simulated, double tolerance) {

    public boolean isTarget() {
        return target != null;
    }

    public boolean compared() {
        return simulated instanceof Simulated.Value;
    }

    public double simulatedValue() {
        return simulated instanceof Simulated.Value v ? v.value() : Double.NaN;
    }

    /**
     * The relative error: to the value, or, when the source gives a range, to the nearer end of it
     * (zero inside). NaN if not compared.
     */
    public double relativeError() {
        if (!compared()) {
            return Double.NaN;
        }
        double sim = simulatedValue();
        double end = nearestObserved(sim);
        return sim == end ? 0 : Math.abs(sim - end) / Math.abs(end);
    }

    /** The observed value, or the end of the source's range nearer to {@code sim} (sim itself if inside). */
    private double nearestObserved(double sim) {
        double lo = observation.baseLowEnd();
        double hi = observation.baseHighEnd();
        return sim < lo ? lo : sim > hi ? hi : sim;
    }

    /**
     * The error the calibration minimises: the log of simulated over observed (over the nearer end of a
     * range, zero inside it), so that twice too high and half too low weigh alike. A percent change
     * compares the levels it implies (100 + change); any other figure observed at zero or below has no
     * log ratio, and its signed relative error stands in.
     */
    public double logRatio() {
        if (!compared()) {
            return Double.NaN;
        }
        double sim = simulatedValue();
        double end = nearestObserved(sim);
        if (sim == end) {
            return 0;
        }
        if (observation.indicator().endsWith("_change")) {
            // A percent change compares as the ratio of the levels it implies: 100 + change.
            return Math.log(Math.max(100 + sim, 1e-9) / Math.max(100 + end, 1e-9));
        }
        return end <= 0 ? (sim - end) / Math.abs(end) : Math.log(Math.max(sim, 1e-9) / end);
    }

    public boolean withinTolerance() {
        return compared() && relativeError() <= tolerance;
    }
}
