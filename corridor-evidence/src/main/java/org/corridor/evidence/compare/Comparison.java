package org.corridor.evidence.compare;

import java.util.List;
import org.corridor.evidence.observation.Declarations;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.targets.Target;

/**
 * One observation against the run.
 *
 * @param target the target it is, or null for a check the calibration did not see
 * @param simulated the run's value in the observation's base unit, or why there is none
 * @param tolerance the target's tolerance, or {@link Comparisons#CHECK_TOLERANCE} for a check
 * @param classified the figure's class in the calibration and why, as {@link FigureClasses} decides it
 */
public record Comparison(Observation observation, Target target, Simulated simulated, double tolerance, FigureClasses.Classified classified) {

    /**
     * A comparison with nothing declared about the figure (no inputs, nothing not comparable, no other
     * targets): a target, a check, or no output. For the calibration's own fits and for tests.
     */
    public Comparison(Observation observation, Target target, Simulated simulated, double tolerance) {
        this(observation, target, simulated, tolerance,
                FigureClasses.decide(observation, target, simulated, Declarations.none(), List.of(), Observation::indicator));
    }

    public FigureClass figureClass() {
        return classified.figureClass();
    }

    /** Why the figure has its class (the target's reason, the input it feeds, why it is not comparable or not simulated). */
    public String classReason() {
        return classified.reason();
    }

    public boolean isTarget() {
        return target != null;
    }

    /** Whether the figure is set against the run: it has a value and its class is compared (not NOT_COMPARABLE). */
    public boolean compared() {
        return figureClass().compared() && simulated instanceof Simulated.Value;
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

    /**
     * The simulated value over the observed one, or over the nearer end of a source's range (1 inside
     * it): what the overview chart draws, so that seven times too high and seven times too low lie as far
     * from 1. A percent change compares the levels it implies (100 + change). NaN if not compared, or if
     * either side is zero or below.
     */
    public double ratio() {
        return ratioAt(simulatedValue());
    }

    /** {@link #ratio()} of another simulated value of the figure (an end of an ensemble's band); NaN if not compared. */
    public double ratioAt(double value) {
        if (!compared() || !Double.isFinite(value)) {
            return Double.NaN;
        }
        double end = nearestObserved(value);
        if (value == end) {
            return 1;
        }
        boolean change = observation.indicator().endsWith("_change");
        double num = change ? 100 + value : value;
        double den = change ? 100 + end : end;
        return num > 0 && den > 0 ? num / den : Double.NaN;
    }

    public boolean withinTolerance() {
        return compared() && relativeError() <= tolerance;
    }
}
