package org.corridor.evidence.calibrate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.compare.Comparison;
import org.corridor.evidence.targets.SeriesTargets;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The calibrated baseline, run as the calibration ran it (scale 0.004, seeds 1 and 2, 2005-2020), must
 * reproduce its calibration's record: every point target (targets.csv) within its tolerance, and every
 * year of a series target that the record says was within it still within it. The years the fit could
 * not reach are written in the record ({@code within: false}) and explained in docs/EVIDENCE.md; they
 * may not include a point target. A change to the model that moves a target out fails here, and calls
 * for a new calibration (corridor calibrate) or a reason.
 */
class CalibratedBaselineTest {
    @Test
    void everyTargetIsWithinItsTolerance() {
        Simulation simulation = Simulation.embedded();
        Scenario baseline = simulation.scenarios().load("baseline");
        assertFalse(baseline.calibrated().isEmpty(), "the baseline has no calibrated values: run corridor calibrate");
        Evidence evidence = Evidence.embedded();
        Calibrator.Settings settings = new Calibrator.Settings(0.004, List.of(1L, 2L), YearMonth.of(2005, 1), YearMonth.of(2020, 12),
                RunOptions.DEFAULT_BURN_IN, 2, 1, Calibrator.Method.BOBYQA, 1);
        CalibrationRecord record = CalibrationRecord.of(ScenarioLoader.read("baseline").text()).orElseThrow();
        List<String> fitted = record.targets();
        for (String missed : record.missed()) {
            assertTrue(SeriesTargets.embedded(evidence.remittances()).targets().stream().anyMatch(t -> t.observation().equals(missed)),
                    missed + ": a point target the calibration could not fit; it needs a new calibration or a reason");
        }
        List<Comparison> fits = new Calibrator(simulation, baseline, FreeParameters.embedded(simulation.behaviourOf(baseline)),
                evidence.observations(), evidence.targets().only(fitted), evidence.gdp(), settings).fitsOfBase();
        List<Comparison> outside = fits.stream().filter(c -> !c.withinTolerance() && !record.missed().contains(c.observation().id())).toList();
        assertTrue(outside.isEmpty(), () -> "targets outside tolerance:\n" + outside.stream()
                .map(c -> String.format(Locale.ROOT, "  %s: observed %.4g, simulated %.4g, error %.1f%% > %.0f%%", c.observation().id(),
                        c.observation().baseValue(), c.simulatedValue(), 100 * c.relativeError(), 100 * c.tolerance()))
                .collect(Collectors.joining("\n")));
    }
}
