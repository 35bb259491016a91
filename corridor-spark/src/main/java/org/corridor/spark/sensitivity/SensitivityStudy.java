package org.corridor.spark.sensitivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.scenario.ScenarioText;
import org.corridor.spark.ensemble.Arm;
import org.corridor.spark.ensemble.EnsemblePlan;
import org.corridor.spark.ensemble.ReplicaKey;
import org.corridor.spark.ensemble.ReplicaTask;
import org.corridor.spark.headline.HeadlineCell;
import org.corridor.spark.headline.HeadlineValues;
import org.corridor.spark.uncertainty.Factor;
import org.corridor.spark.uncertainty.ParameterSpace;

/**
 * A global sensitivity analysis of the simulation: the design's points turned into replicas (the
 * scenario's and, at the same points and seeds, the baseline's), and the replicas' headline figures
 * turned into indices, for the baseline, the scenario and the scenario's difference from the baseline.
 *
 * <p><b>Morris</b> screens every factor of the parameter space plus one dummy. The dummy is the random
 * seed: a step of the dummy changes nothing but the seed, so its mu* is how far a run moves by chance
 * alone, the noise floor below which no factor's mu* means anything. Every other step keeps the seed
 * (common random numbers), so a factor's elementary effect is not blurred by noise.
 *
 * <p><b>Sobol</b> takes at most ten parameters (each one group of its factors) or single factors;
 * every other factor stays at the run's own value, and the seed is fixed.
 */
public final class SensitivityStudy {
    /** An answer the indices are of: a run's own figures, or the scenario's difference from the baseline. */
    public enum Answer {
        BASELINE, SCENARIO, DIFFERENCE
    }

    /** One output's indices, for one answer. */
    public record Result(Answer answer, HeadlineCell cell, List<MorrisIndex> morris, List<SobolIndex> sobol) {
    }

    private final SensitivitySpec spec;
    private final Scenario scenario;
    private final List<Factor> factors;
    private final List<String> factorNames;
    private final MorrisDesign morris;
    private final SaltelliDesign saltelli;
    private final List<ReplicaTask> tasks;

    private SensitivityStudy(SensitivitySpec spec, Scenario scenario, List<Factor> factors, List<String> factorNames, MorrisDesign morris,
                             SaltelliDesign saltelli, List<ReplicaTask> tasks) {
        this.spec = spec;
        this.scenario = scenario;
        this.factors = factors;
        this.factorNames = factorNames;
        this.morris = morris;
        this.saltelli = saltelli;
        this.tasks = tasks;
    }

    public static SensitivityStudy plan(Simulation simulation, SensitivitySpec spec) {
        Scenario scenario = simulation.scenarios().parse(spec.scenario());
        Scenario baseline = spec.baseline() == null ? null : simulation.scenarios().parse(spec.baseline());
        Set<String> levers = EnsemblePlan.leversOf(scenario, baseline);
        ParameterSpace space = ParameterSpace.of(simulation.behaviourOf(scenario), levers);
        List<Factor> factors = space.factors();
        int k = factors.size();
        List<ReplicaTask> tasks = new ArrayList<>();
        if (spec.method() == SensitivitySpec.Method.MORRIS) {
            MorrisDesign design = MorrisDesign.of(k + 1, spec.trajectories(), spec.levels(), spec.designSeed());
            List<String> names = new ArrayList<>(factors.stream().map(Factor::name).toList());
            names.add(DUMMY);
            for (int i = 0; i < design.size(); i++) {
                double[] p = design.point(i);
                long seed = spec.seed() + Math.round(p[k] * (spec.levels() - 1)); // the dummy is the seed
                double[] u = java.util.Arrays.copyOf(p, k);
                addPoint(tasks, spec, i, seed, u, levers, baseline != null);
            }
            return new SensitivityStudy(spec, scenario, factors, names, design, null, tasks);
        }
        Map<String, List<Integer>> groups = groups(spec.sobolFactors(), factors);
        int m = groups.values().stream().mapToInt(List::size).sum();
        int[][] local = new int[groups.size()][];
        int[] coordinate = new int[m];
        int g = 0;
        int next = 0;
        for (List<Integer> members : groups.values()) {
            local[g] = new int[members.size()];
            for (int j = 0; j < members.size(); j++) {
                local[g][j] = next;
                coordinate[next++] = members.get(j);
            }
            g++;
        }
        SaltelliDesign design = SaltelliDesign.of(m, local, spec.samples(), spec.designSeed());
        double[] centre = space.centre();
        for (int i = 0; i < design.size(); i++) {
            double[] p = design.point(i);
            double[] u = centre.clone();
            for (int c = 0; c < m; c++) {
                u[coordinate[c]] = p[c];
            }
            addPoint(tasks, spec, i, spec.seed(), u, levers, baseline != null);
        }
        return new SensitivityStudy(spec, scenario, factors, List.copyOf(groups.keySet()), null, design, tasks);
    }

    /** The name the dummy factor (the seed) has in the tables. */
    public static final String DUMMY = "(dummy: the random seed)";

    private static void addPoint(List<ReplicaTask> tasks, SensitivitySpec spec, int i, long seed, double[] u, Set<String> levers,
                                 boolean withBaseline) {
        tasks.add(task(spec, Arm.SCENARIO, spec.scenario(), i, seed, u, levers));
        if (withBaseline) {
            tasks.add(task(spec, Arm.BASELINE, spec.baseline(), i, seed, u, levers));
        }
    }

    private static ReplicaTask task(SensitivitySpec spec, Arm arm, ScenarioText text, int i, long seed, double[] u, Set<String> levers) {
        return new ReplicaTask(new ReplicaKey(arm, i + 1, seed, i + 1), text, levers, u, spec.scale(), spec.from(), spec.to(),
                spec.burnInMonths(), spec.threadsPerReplica());
    }

    /** Each name a parameter (all its factors, one group) or one factor's name, in the order given. */
    static Map<String, List<Integer>> groups(List<String> names, List<Factor> factors) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (String name : names) {
            List<Integer> members = new ArrayList<>();
            for (int f = 0; f < factors.size(); f++) {
                if (factors.get(f).name().equals(name) || factors.get(f).parameter().equals(name)) {
                    members.add(f);
                }
            }
            if (members.isEmpty()) {
                throw new IllegalArgumentException("factors: '" + name + "' is not a varied parameter or factor of this scenario");
            }
            for (List<Integer> other : groups.values()) {
                if (other.stream().anyMatch(members::contains)) {
                    throw new IllegalArgumentException("factors: '" + name + "' overlaps a parameter named before it");
                }
            }
            groups.put(name, members);
        }
        return groups;
    }

    public List<ReplicaTask> tasks() {
        return tasks;
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<Factor> factors() {
        return factors;
    }

    /** The analysed factors' (or groups') names, in the indices' order; the dummy last for Morris. */
    public List<String> factorNames() {
        return factorNames;
    }

    public int runs() {
        return tasks.size();
    }

    /** The indices of every output, for every answer, from the replicas' headline figures (in any order). */
    public List<Result> analyse(List<HeadlineValues> values, Bootstrap bootstrap) {
        int points = morris != null ? morris.size() : saltelli.size();
        Map<Arm, double[][]> byArm = new LinkedHashMap<>();
        for (HeadlineValues v : values) {
            double[][] table = byArm.computeIfAbsent(v.key().arm(), a -> new double[spec.cells().size()][points]);
            for (int c = 0; c < spec.cells().size(); c++) {
                table[c][v.key().replica() - 1] = v.values()[c];
            }
        }
        List<Result> results = new ArrayList<>();
        for (int c = 0; c < spec.cells().size(); c++) {
            HeadlineCell cell = spec.cells().get(c);
            double[] s = byArm.get(Arm.SCENARIO)[c];
            double[] b = byArm.containsKey(Arm.BASELINE) ? byArm.get(Arm.BASELINE)[c] : null;
            if (b != null) {
                results.add(result(Answer.BASELINE, cell, b, bootstrap));
                double[] d = new double[points];
                for (int i = 0; i < points; i++) {
                    d[i] = s[i] - b[i];
                }
                results.add(result(Answer.SCENARIO, cell, s, bootstrap));
                results.add(result(Answer.DIFFERENCE, cell, d, bootstrap));
            } else {
                results.add(result(Answer.SCENARIO, cell, s, bootstrap));
            }
        }
        return results;
    }

    private Result result(Answer answer, HeadlineCell cell, double[] y, Bootstrap bootstrap) {
        for (double v : y) {
            if (!Double.isFinite(v)) {
                return new Result(answer, cell, List.of(), List.of()); // not computable: a year outside the run, or nobody abroad
            }
        }
        return morris != null ? new Result(answer, cell, MorrisAnalysis.analyse(morris, y, bootstrap), List.of())
                : new Result(answer, cell, List.of(), SobolAnalysis.analyse(saltelli, y, bootstrap));
    }
}
