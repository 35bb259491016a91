package org.corridor.evidence.outputs;

import java.time.YearMonth;
import java.util.function.Consumer;
import org.corridor.sim.engine.Engine;
import org.corridor.sim.engine.World;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;

/** Runs a scenario in memory and keeps only its yearly sums: what calibration and validation need. */
public final class SimulatedRun {
    private SimulatedRun() {
    }

    public static YearTable years(Simulation simulation, Scenario scenario, RunOptions options) {
        return years(simulation, scenario, options, month -> { });
    }

    /** The same, telling {@code progress} each simulated month (burn-in included). */
    public static YearTable years(Simulation simulation, Scenario scenario, RunOptions options, Consumer<YearMonth> progress) {
        World world = simulation.world(scenario, options);
        YearTable table = new YearTable(options.from().getYear(), options.to().getYear());
        new Engine(world, options.threads()).run((month, tally) -> {
            if (!month.calendar.isBefore(world.reportFrom())) {
                table.add(month.calendar, tally, options.scale());
            }
            progress.accept(month.calendar);
        });
        return table;
    }
}
