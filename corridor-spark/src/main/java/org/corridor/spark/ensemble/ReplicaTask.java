package org.corridor.spark.ensemble;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.sim.output.Tally;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.RunResult;
import org.corridor.sim.run.ScenarioRunner;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.scenario.ScenarioText;
import org.corridor.spark.uncertainty.ParameterSpace;

/**
 * One replica: builds its world from the embedded inputs and the scenario's text, with the
 * parameters at its draw, runs it and returns its tallies. The same function runs in a plain loop,
 * in Spark's local mode and on a cluster's executors.
 *
 * @param held the scenario's levers, not drawn (see {@link ParameterSpace})
 * @param point the draw's point of the unit cube, or null to keep the parameters as they are
 * @param values behaviour values set after the draw (a calibration's candidate), or empty
 */
public record ReplicaTask(ReplicaKey key, ScenarioText scenario, Set<String> held, double[] point, Map<String, List<Double>> values,
                          double scale, java.time.YearMonth from, java.time.YearMonth to, int burnInMonths, int threads)
        implements Serializable {
    public ReplicaTask {
        held = Set.copyOf(held);
        values = Map.copyOf(values);
    }

    /** A replica at a point of the parameter space (or at the scenario's own values if the point is null). */
    public ReplicaTask(ReplicaKey key, ScenarioText scenario, Set<String> held, double[] point, double scale, java.time.YearMonth from,
                       java.time.YearMonth to, int burnInMonths, int threads) {
        this(key, scenario, held, point, Map.of(), scale, from, to, burnInMonths, threads);
    }

    /** The embedded law, behaviour, environment and population, read once per JVM: they never change. */
    private static final class Inputs {
        static final Simulation SIMULATION = Simulation.embedded();
    }

    public ReplicaOutput run() {
        Simulation simulation = Inputs.SIMULATION;
        Scenario s = at(simulation, simulation.scenarios().parse(scenario));
        RunResult result = ScenarioRunner.run(simulation, s, new RunOptions(scale, key.seed(), threads, from, to, burnInMonths),
                ScenarioRunner.Progress.NONE);
        List<Tally> tallies = result.tallies();
        double[] cells = new double[tallies.size() * Tally.CELLS];
        for (int k = 0; k < tallies.size(); k++) {
            tallies.get(k).copyTo(cells, k * Tally.CELLS);
        }
        return new ReplicaOutput(key, result.months().get(0), tallies.size(), cells, result.parameterHash(), result.agentMonths(),
                result.wallSeconds());
    }

    /** The scenario with this replica's draw of the parameters. */
    Scenario at(Simulation simulation, Scenario s) {
        Scenario drawn = s;
        if (point != null) {
            ParameterSpace space = ParameterSpace.of(simulation.behaviourOf(s), held);
            drawn = s.withBehaviour(space.valuesAt(point), Set.of());
        }
        return values.isEmpty() ? drawn : drawn.withBehaviour(values, values.keySet());
    }
}
