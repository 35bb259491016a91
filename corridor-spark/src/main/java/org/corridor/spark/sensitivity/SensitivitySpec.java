package org.corridor.spark.sensitivity;

import java.time.YearMonth;
import java.util.List;
import org.corridor.sim.scenario.ScenarioText;
import org.corridor.spark.headline.HeadlineCell;

/**
 * What a global sensitivity analysis of the simulation runs: a scenario (and its baseline, for the
 * scenario's answer: its difference from the baseline), the headline outputs, and the design.
 *
 * @param trajectories Morris's r
 * @param levels Morris's p
 * @param samples Sobol's base samples N
 * @param sobolFactors for Sobol, the parameters (all their factors moved together, as one group) or
 *     single factors ({@code migration.base_hazard[TJ]}) to analyse, at most ten; the rest stay at the
 *     run's own values
 */
public record SensitivitySpec(Method method, ScenarioText scenario, ScenarioText baseline, List<HeadlineCell> cells, int trajectories,
                              int levels, int samples, List<String> sobolFactors, long seed, long designSeed, double scale, YearMonth from,
                              YearMonth to, int burnInMonths, int threadsPerReplica) {
    public enum Method {
        MORRIS, SOBOL
    }

    /** The most factors or groups a Sobol analysis takes: its cost is N (k + 2) runs. */
    public static final int MAX_SOBOL_GROUPS = 10;

    public SensitivitySpec {
        cells = List.copyOf(cells);
        sobolFactors = List.copyOf(sobolFactors);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("outputs: at least one is needed");
        }
        if (method == Method.SOBOL && (sobolFactors.isEmpty() || sobolFactors.size() > MAX_SOBOL_GROUPS)) {
            throw new IllegalArgumentException("factors: a Sobol analysis takes 1 to " + MAX_SOBOL_GROUPS + " parameters or factors, got "
                    + sobolFactors.size());
        }
    }
}
