package org.corridor.evidence.calibrate;

import java.util.List;
import org.corridor.evidence.compare.Simulated;
import org.corridor.evidence.compare.SimulatedFigures;
import org.corridor.evidence.macro.MacroTable;
import org.corridor.evidence.observation.Observations;
import org.corridor.evidence.outputs.YearTable;
import org.corridor.evidence.targets.Target;

/** The simulated value of each target in one run's yearly table: what a calibration reads of a run, wherever it ran. */
public final class TargetValues {
    private TargetValues() {
    }

    /** values[target], NaN where the run has nothing to divide by (no migrants of that kind). */
    public static double[] of(YearTable years, List<Target> targets, Observations observations, MacroTable gdp) {
        SimulatedFigures figures = new SimulatedFigures(years, gdp);
        double[] values = new double[targets.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = figures.of(observations.get(targets.get(k).observation())) instanceof Simulated.Value v ? v.value() : Double.NaN;
        }
        return values;
    }
}
