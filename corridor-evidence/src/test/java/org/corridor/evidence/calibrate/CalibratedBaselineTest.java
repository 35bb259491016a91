package org.corridor.evidence.calibrate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.compare.Comparison;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The calibrated baseline, run as the calibration ran it (scale 0.004, seeds 1 and 2, 2005-2017),
 * must bring every target it was fitted to (those its calibration block lists) within its tolerance. A change to the model that moves a target out fails
 * here, and calls for a new calibration (corridor calibrate) or a reason.
 */
class CalibratedBaselineTest {
    @Test
    void everyTargetIsWithinItsTolerance() {
        Simulation simulation = Simulation.embedded();
        Scenario baseline = simulation.scenarios().load("baseline");
        assertFalse(baseline.calibrated().isEmpty(), "the baseline has no calibrated values: run corridor calibrate");
        Evidence evidence = Evidence.embedded();
        Calibrator.Settings settings = new Calibrator.Settings(0.004, List.of(1L, 2L), YearMonth.of(2005, 1), YearMonth.of(2017, 12),
                RunOptions.DEFAULT_BURN_IN, 2, 1, Calibrator.Method.BOBYQA, 1);
        List<String> fitted = CalibrationRecord.of(ScenarioLoader.read("baseline").text()).orElseThrow().targets();
        List<Comparison> fits = new Calibrator(simulation, baseline, FreeParameters.embedded(simulation.behaviourOf(baseline)),
                evidence.observations(), evidence.targets().only(fitted), evidence.gdp(), settings).fitsOfBase();
        List<Comparison> outside = fits.stream().filter(c -> !c.withinTolerance()).toList();
        assertTrue(outside.isEmpty(), () -> "targets outside tolerance:\n" + outside.stream()
                .map(c -> String.format(Locale.ROOT, "  %s: observed %.4g, simulated %.4g, error %.1f%% > %.0f%%", c.observation().id(),
                        c.observation().baseValue(), c.simulatedValue(), 100 * c.relativeError(), 100 * c.tolerance()))
                .collect(Collectors.joining("\n")));
    }
}
