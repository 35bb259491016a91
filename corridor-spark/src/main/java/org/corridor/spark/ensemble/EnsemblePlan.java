package org.corridor.spark.ensemble;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.spark.uncertainty.Factor;
import org.corridor.spark.uncertainty.LatinHypercube;
import org.corridor.spark.uncertainty.ParameterSpace;

/**
 * The replicas of an ensemble, worked out on the driver: the scenario's levers, the factors drawn, the
 * Latin-hypercube points and one {@link ReplicaTask} per arm, seed and draw. The scenario and its
 * baseline get the same seeds and the same points (common random numbers), so their difference is
 * measured replica by replica.
 */
public record EnsemblePlan(EnsembleSpec spec, Scenario scenario, Scenario baseline, Set<String> levers, List<Factor> factors,
                           double[][] points, List<ReplicaTask> tasks) {

    public static EnsemblePlan of(Simulation simulation, EnsembleSpec spec) {
        Scenario scenario = simulation.scenarios().parse(spec.scenario());
        Scenario baseline = spec.hasBaseline() ? simulation.scenarios().parse(spec.baseline()) : null;
        Set<String> levers = leversOf(scenario, baseline);
        ParameterSpace space = ParameterSpace.of(simulation.behaviourOf(scenario), levers);
        if (baseline != null && !ParameterSpace.of(simulation.behaviourOf(baseline), levers).factors().equals(space.factors())) {
            throw new IllegalStateException("the scenario and its baseline vary different factors; they cannot share draws");
        }
        double[][] points = spec.draws() == 0 ? new double[0][] : LatinHypercube.sample(spec.draws(), space.dimensions(), spec.drawSeed());
        List<ReplicaTask> tasks = new ArrayList<>();
        addArm(tasks, Arm.SCENARIO, spec, spec.scenario(), levers, points);
        if (baseline != null) {
            addArm(tasks, Arm.BASELINE, spec, spec.baseline(), levers, points);
        }
        return new EnsemblePlan(spec, scenario, baseline, levers, space.factors(), points, List.copyOf(tasks));
    }

    /**
     * A scenario's levers: the behaviour values it sets beyond its baseline's (a calibration's fitted
     * values are not levers). Held at each arm's own value, so a lever's effect is not blurred by draws.
     */
    public static Set<String> leversOf(Scenario scenario, Scenario baseline) {
        Set<String> levers = new TreeSet<>(scenario.behaviour().keySet());
        levers.removeAll(scenario.calibrated());
        if (baseline != null) {
            Set<String> baselineOwn = new HashSet<>(baseline.behaviour().keySet());
            baselineOwn.removeAll(baseline.calibrated());
            levers.addAll(baselineOwn);
        }
        return levers;
    }

    private static void addArm(List<ReplicaTask> tasks, Arm arm, EnsembleSpec spec, org.corridor.sim.scenario.ScenarioText text,
                               Set<String> levers, double[][] points) {
        int perSeed = Math.max(spec.draws(), 1);
        for (int s = 0; s < spec.seeds(); s++) {
            for (int d = 0; d < perSeed; d++) {
                int draw = spec.draws() == 0 ? 0 : d + 1;
                ReplicaKey key = new ReplicaKey(arm, s * perSeed + d + 1, spec.seed() + s, draw);
                tasks.add(new ReplicaTask(key, text, levers, draw == 0 ? null : points[d], spec.scale(), spec.from(), spec.to(),
                        spec.burnInMonths(), spec.threadsPerReplica()));
            }
        }
    }
}
