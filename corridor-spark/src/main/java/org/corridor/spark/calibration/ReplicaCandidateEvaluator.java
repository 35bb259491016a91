package org.corridor.spark.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.calibrate.CandidateEvaluator;
import org.corridor.evidence.calibrate.Calibrator;
import org.corridor.evidence.calibrate.TargetValues;
import org.corridor.evidence.outputs.YearTable;
import org.corridor.evidence.targets.Target;
import org.corridor.sim.scenario.ScenarioText;
import org.corridor.spark.engine.Reduction;
import org.corridor.spark.engine.ReplicaRunner;
import org.corridor.spark.ensemble.Arm;
import org.corridor.spark.ensemble.ReplicaKey;
import org.corridor.spark.ensemble.ReplicaTask;

/**
 * Runs a calibration's batch of candidates x seeds as replicas through a {@link ReplicaRunner}: one
 * Spark job per CMA-ES generation, or a plain loop. Each replica returns only its targets' values,
 * computed where it ran from the embedded evidence.
 */
public final class ReplicaCandidateEvaluator implements CandidateEvaluator {
    private final ReplicaRunner runner;
    private final ScenarioText base;
    private final Calibrator.Settings settings;
    private final List<String> targetObservations;
    private final ReplicaRunner.Progress progress;

    public ReplicaCandidateEvaluator(ReplicaRunner runner, ScenarioText base, Calibrator.Settings settings, List<Target> targets,
                                     ReplicaRunner.Progress progress) {
        this.runner = runner;
        this.base = base;
        this.settings = settings;
        this.targetObservations = targets.stream().map(Target::observation).toList();
        this.progress = progress;
    }

    @Override
    public double[][][] evaluate(List<Map<String, List<Double>>> candidates) {
        List<ReplicaTask> tasks = new ArrayList<>();
        int seeds = settings.seeds().size();
        for (int c = 0; c < candidates.size(); c++) {
            for (int k = 0; k < seeds; k++) {
                ReplicaKey key = new ReplicaKey(Arm.SCENARIO, c * seeds + k + 1, settings.seeds().get(k), c + 1);
                tasks.add(new ReplicaTask(key, base, Set.of(), null, candidates.get(c), settings.scale(), settings.from(), settings.to(),
                        settings.burnIn(), settings.threads()));
            }
        }
        List<double[]> results = runner.run(tasks, targetValues(targetObservations, settings.scale()), progress);
        double[][][] values = new double[candidates.size()][seeds][];
        for (int t = 0; t < tasks.size(); t++) {
            values[t / seeds][t % seeds] = results.get(t);
        }
        return values;
    }

    /** The reduction that computes the targets' values where the replica ran. */
    static Reduction<double[]> targetValues(List<String> observationIds, double scale) {
        List<String> ids = List.copyOf(observationIds);
        return run -> {
            Evidence evidence = EmbeddedEvidence.EVIDENCE;
            List<Target> targets = ids.stream().map(id -> evidence.targets().all().stream().filter(t -> t.observation().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target " + id + " in the embedded evidence"))).toList();
            return TargetValues.of(YearTable.of(run.monthList(), run.tallies(), scale), targets, evidence.observations(), evidence.gdp());
        };
    }

    /** The embedded observations and targets, read once per JVM. */
    private static final class EmbeddedEvidence {
        static final Evidence EVIDENCE = Evidence.embedded();
    }
}
