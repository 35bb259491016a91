package org.corridor.evidence.calibrate;

import java.util.List;
import java.util.Map;

/**
 * Runs a batch of calibration candidates, each over every seed, and returns the targets' simulated
 * values: in this JVM one run after another ({@link Calibrator#inProcess}), or as one Spark job of
 * candidates x seeds (corridor-spark). Every way must give the same numbers for the same candidates.
 */
@FunctionalInterface
public interface CandidateEvaluator {
    /**
     * @param candidates behaviour values to set over the base scenario, one map per candidate
     * @return values[candidate][seed][target], NaN where the run has nothing to divide by
     */
    double[][][] evaluate(List<Map<String, List<Double>>> candidates);
}
