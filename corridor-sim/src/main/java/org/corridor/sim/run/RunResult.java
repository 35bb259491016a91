package org.corridor.sim.run;

import java.time.YearMonth;
import java.util.List;
import org.corridor.sim.output.Tally;
import org.corridor.sim.scenario.Scenario;

/**
 * A finished run, ready to write: the reported months and their tallies, and what the manifest says.
 *
 * @param agentMonths people alive summed over every simulated month (burn-in included)
 * @param people persons in the synthetic population (born and yet to be born)
 */
public record RunResult(Scenario scenario, RunOptions options, String parameterHash, List<YearMonth> months, List<Tally> tallies,
                 long agentMonths, double wallSeconds, double buildSeconds, int people, int households, long peakHeapBytes) {
}
