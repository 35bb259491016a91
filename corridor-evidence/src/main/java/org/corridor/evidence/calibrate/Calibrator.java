package org.corridor.evidence.calibrate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.corridor.evidence.compare.Comparison;
import org.corridor.evidence.compare.Simulated;
import org.corridor.evidence.compare.SimulatedFigures;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.macro.MacroTable;
import org.corridor.evidence.observation.Observations;
import org.corridor.evidence.observation.Period;
import org.corridor.evidence.outputs.SimulatedRun;
import org.corridor.evidence.targets.Target;
import org.corridor.evidence.targets.Targets;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Fits the free behavioural parameters to the targets with BOBYQA (Hipparchus) or CMA-ES ({@link AskTellCmaEs}). Each evaluation runs
 * the scenario once per seed with the same seeds every time (common random numbers, so the objective
 * is a fixed function of the parameters); the targets' simulated values are averaged over the seeds,
 * and the objective is the weighted mean of their squared log errors (zero inside a source's range).
 * Log errors treat a figure twice too high and one half too low alike, and stocks of millions and
 * shares of a few percent on one footing. The search runs on the unit cube of the parameters' bounds.
 */
public final class Calibrator {
    /**
     * @param evaluations the most objective evaluations (each is one run per seed)
     * @param optimiserSeed the seed of CMA-ES's own sampling
     * @param population CMA-ES's candidates per generation; 0 for its default 4 + floor(3 ln n)
     */
    public record Settings(double scale, List<Long> seeds, YearMonth from, YearMonth to, int burnIn, int threads, int evaluations,
                           Method method, long optimiserSeed, int population) {
        public Settings(double scale, List<Long> seeds, YearMonth from, YearMonth to, int burnIn, int threads, int evaluations,
                        Method method, long optimiserSeed) {
            this(scale, seeds, from, to, burnIn, threads, evaluations, method, optimiserSeed, 0);
        }
    }

    /**
     * The optimiser. BOBYQA builds a quadratic model of the objective from 2n+1 points and needs few
     * evaluations, which suits runs that take seconds each; CMA-ES samples a population each
     * generation and copes better with a rugged objective, at many more evaluations.
     */
    public enum Method {
        BOBYQA, CMAES
    }

    /** Told after every evaluation. */
    public interface Progress {
        void evaluated(int evaluation, int maxEvaluations, double objective, double best);
    }

    /**
     * @param values the fitted values of each parameter touched (all of a per-origin parameter's values)
     * @param startObjective the objective at the starting values
     */
    public record Result(List<FreeParameter> free, Map<String, List<Double>> values, double objective, double startObjective,
                         int evaluations, List<Comparison> fits, Settings settings) {
        /** Every behaviour value the fitted scenario runs with: the fitted ones and those it had already. */
        public Map<String, List<Double>> scenarioValues(Scenario base) {
            return new java.util.TreeMap<>(base.withBehaviour(values, values.keySet()).behaviour());
        }
    }

    /** The log error counted for a target the run has no value for: as bad as a factor of e^5. */
    static final double NO_VALUE_PENALTY = 5;

    private final Simulation simulation;
    private final Scenario base;
    private final List<FreeParameter> free;
    private final Observations observations;
    private final Targets targets;
    private final MacroTable gdp;
    private final Settings settings;

    public Calibrator(Simulation simulation, Scenario base, List<FreeParameter> free, Observations observations, Targets targets,
                      MacroTable gdp, Settings settings) {
        if (free.isEmpty() || targets.all().isEmpty() || settings.seeds().isEmpty()) {
            throw new IllegalArgumentException("calibration needs free parameters, targets and seeds");
        }
        for (Target t : targets.all()) {
            Observation o = observations.get(t.observation());
            if (!SimulatedFigures.OUTPUTS.containsKey(o.indicator())) {
                throw new IllegalArgumentException("target " + o.id() + ": the model has no output for " + o.indicator());
            }
        }
        Period span = targets.span(observations);
        if (settings.from().getYear() > span.first() || settings.from().getMonthValue() != 1
                || settings.to().getYear() < span.last() || settings.to().getMonthValue() != 12) {
            throw new IllegalArgumentException("the runs (" + settings.from() + " to " + settings.to() + ") must cover the targets' whole years "
                    + span.first() + "-" + span.last());
        }
        this.simulation = simulation;
        this.base = base;
        this.free = free;
        this.observations = observations;
        this.targets = targets;
        this.gdp = gdp;
        this.settings = settings;
    }

    /** The evaluator that runs every candidate and seed here, one after another, with the settings' threads. */
    public CandidateEvaluator inProcess() {
        return candidates -> {
            double[][][] values = new double[candidates.size()][][];
            for (int c = 0; c < candidates.size(); c++) {
                Map<String, List<Double>> v = candidates.get(c);
                Scenario scenario = base.withBehaviour(v, v.keySet());
                values[c] = new double[settings.seeds().size()][];
                for (int k = 0; k < settings.seeds().size(); k++) {
                    RunOptions options = new RunOptions(settings.scale(), settings.seeds().get(k), settings.threads(), settings.from(),
                            settings.to(), settings.burnIn());
                    values[c][k] = TargetValues.of(SimulatedRun.years(simulation, scenario, options), targets.all(), observations, gdp);
                }
            }
            return values;
        };
    }

    public Result run(Progress progress) {
        return run(inProcess(), progress);
    }

    /**
     * Fits the parameters, running the candidates through {@code evaluator}: BOBYQA one candidate at a
     * time (it proposes one point after another), CMA-ES a generation at a time (ask and tell), so that
     * a generation's candidates x seeds can run side by side.
     */
    public Result run(CandidateEvaluator evaluator, Progress progress) {
        Behaviour start = simulation.behaviourOf(base);
        double[] x0 = new double[free.size()];
        for (int i = 0; i < x0.length; i++) {
            FreeParameter p = free.get(i);
            x0[i] = p.toUnit(start.get(p.parameter(), p.index()));
        }
        Search search = new Search(evaluator, progress, x0.length);
        double startObjective = search.objectives(List.of(x0))[0];
        if (settings.method() == Method.CMAES) {
            AskTellCmaEs es = new AskTellCmaEs(x0, 0.15, settings.population(), settings.optimiserSeed());
            // Whole generations only: a generation cut short would tell CMA-ES nothing.
            while (search.count + es.lambda() <= settings.evaluations()) {
                double[][] candidates = es.ask();
                List<double[]> feasible = new ArrayList<>();
                for (double[] x : candidates) {
                    feasible.add(AskTellCmaEs.feasible(x));
                }
                double[] values = search.objectives(feasible);
                for (int k = 0; k < values.length; k++) {
                    values[k] = AskTellCmaEs.penalised(candidates[k], values[k]);
                }
                es.tell(values);
            }
        } else {
            double[] lower = new double[x0.length];
            double[] upper = new double[x0.length];
            Arrays.fill(upper, 1);
            ObjectiveFunction f = new ObjectiveFunction(x -> search.objectives(List.of(x))[0]);
            try {
                // Trust region from a fifth of the cube down to a thousandth: below that the runs' noise decides.
                new BOBYQAOptimizer(2 * x0.length + 1, 0.2, 1e-3)
                        .optimize(new MaxEval(settings.evaluations() - 1), f, GoalType.MINIMIZE,
                                new InitialGuess(x0), new SimpleBounds(lower, upper));
            } catch (MathIllegalStateException budgetSpent) {
                // The evaluation budget ran out before the optimiser converged: keep the best point seen,
                // which is what a budgeted calibration is for.
            }
        }
        Map<String, List<Double>> values = values(search.best);
        return new Result(free, values, search.bestValue, startObjective, search.count, search.fitsOfBest, settings);
    }

    /** The evaluations so far, the best point and its fits. */
    private final class Search {
        final CandidateEvaluator evaluator;
        final Progress progress;
        double[] best;
        double bestValue = Double.POSITIVE_INFINITY;
        List<Comparison> fitsOfBest;
        int count;

        Search(CandidateEvaluator evaluator, Progress progress, int n) {
            this.evaluator = evaluator;
            this.progress = progress;
            this.best = new double[n];
        }

        double[] objectives(List<double[]> points) {
            List<Map<String, List<Double>>> candidates = points.stream().map(Calibrator.this::values).toList();
            double[][][] simulated = evaluator.evaluate(candidates);
            double[] objectives = new double[points.size()];
            for (int c = 0; c < points.size(); c++) {
                List<Comparison> fits = fits(simulated[c]);
                objectives[c] = objective(fits);
                count++;
                if (objectives[c] < bestValue) {
                    bestValue = objectives[c];
                    best = points.get(c).clone();
                    fitsOfBest = fits;
                }
                progress.evaluated(count, settings.evaluations(), objectives[c], bestValue);
            }
            return objectives;
        }
    }

    /**
     * One free parameter's profile around the fit: chi-square along its axis, the others held at their
     * fitted values, and the interval where it stays within {@link #CHI2_95} of the fit's.
     *
     * @param points {value, chi-square} from the lowest value to the highest, the fit among them
     * @param bounded whether chi-square passed the threshold on each side; if not, the interval ends at
     *     the farthest point evaluated and the fit supports at least that much
     */
    public record Profile(FreeParameter parameter, double fitted, List<double[]> points, double low, double high, boolean bounded) {
    }

    /** The 95% point of chi-square with one degree of freedom: a profile likelihood's interval for one parameter. */
    public static final double CHI2_95 = 3.841;

    /**
     * Profiles every free parameter around the base scenario's values (the fit), all points in one
     * batch of the evaluator. Chi-square treats each target's log error as normal with a standard
     * deviation of log(1 + its tolerance): the tolerance stands for how far a source's figure can be
     * trusted, an assumption the report states.
     *
     * @param offsets steps on the unit cube of the bounds, either side of the fit
     */
    public List<Profile> profile(CandidateEvaluator evaluator, double[] offsets) {
        Behaviour start = simulation.behaviourOf(base);
        double[] fit = new double[free.size()];
        for (int i = 0; i < fit.length; i++) {
            fit[i] = free.get(i).toUnit(start.get(free.get(i).parameter(), free.get(i).index()));
        }
        List<double[]> points = new ArrayList<>();
        points.add(fit);
        for (int i = 0; i < fit.length; i++) {
            for (double d : offsets) {
                double[] x = fit.clone();
                x[i] = Math.min(1, Math.max(0, fit[i] + d));
                points.add(x);
            }
        }
        double[][][] simulated = evaluator.evaluate(points.stream().map(this::values).toList());
        double centre = chiSquare(fits(simulated[0]));
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < fit.length; i++) {
            FreeParameter p = free.get(i);
            java.util.TreeMap<Double, Double> byValue = new java.util.TreeMap<>();
            byValue.put(p.fromUnit(fit[i]), centre);
            for (int k = 0; k < offsets.length; k++) {
                double[] x = points.get(1 + i * offsets.length + k);
                byValue.put(p.fromUnit(x[i]), chiSquare(fits(simulated[1 + i * offsets.length + k])));
            }
            double fitted = p.fromUnit(fit[i]);
            double[] low = edge(byValue.headMap(fitted, false).descendingMap(), fitted, centre);
            double[] high = edge(byValue.tailMap(fitted, false), fitted, centre);
            List<double[]> curve = byValue.entrySet().stream().map(e -> new double[] {e.getKey(), e.getValue()}).toList();
            profiles.add(new Profile(p, fitted, curve, low[0], high[0], low[1] > 0 && high[1] > 0));
        }
        return profiles;
    }

    /** Walking out from the fit: the last value before chi-square first passes the threshold, and whether it did. */
    static double[] edge(java.util.NavigableMap<Double, Double> outward, double fitted, double centre) {
        double last = fitted;
        for (Map.Entry<Double, Double> e : outward.entrySet()) {
            if (e.getValue() - centre > CHI2_95) {
                return new double[] {last, 1};
            }
            last = e.getKey();
        }
        return new double[] {last, 0};
    }

    static double chiSquare(List<Comparison> fits) {
        double sum = 0;
        for (Comparison fit : fits) {
            double logError = fit.compared() ? Math.max(-NO_VALUE_PENALTY, Math.min(NO_VALUE_PENALTY, fit.logRatio())) : NO_VALUE_PENALTY;
            double sd = Math.log1p(fit.tolerance());
            sum += logError * logError / (sd * sd);
        }
        return sum;
    }

    /** The objective of a candidate's fits: the weighted mean squared log error. */
    static double objective(List<Comparison> fits) {
        double sum = 0;
        double weights = 0;
        for (Comparison fit : fits) {
            // A point where a target has nothing to divide by (no migrants of that kind) is far from any fit;
            // so is one a factor of e^5 off, and no single target may outweigh that.
            double logError = fit.compared() ? Math.max(-NO_VALUE_PENALTY, Math.min(NO_VALUE_PENALTY, fit.logRatio())) : NO_VALUE_PENALTY;
            sum += fit.target().weight() * logError * logError;
            weights += fit.target().weight();
        }
        return sum / weights;
    }

    /** The targets' values averaged over the seeds for the base scenario as it is, run here. */
    List<Comparison> fitsOfBase() {
        return fits(inProcess().evaluate(List.of(Map.of()))[0]);
    }

    /** The comparisons of the targets with their values averaged over the seeds ([seed][target]). */
    private List<Comparison> fits(double[][] bySeed) {
        List<Target> list = targets.all();
        List<Comparison> fits = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            double sum = 0;
            for (double[] seed : bySeed) {
                // NaN (nothing to divide by) makes the mean missing, which the objective counts as the penalty.
                sum += seed[k];
            }
            Target t = list.get(k);
            fits.add(new Comparison(observations.get(t.observation()), t, Simulated.value(sum / bySeed.length), t.tolerance()));
        }
        return fits;
    }

    private Map<String, List<Double>> values(double[] x) {
        Behaviour start = simulation.behaviourOf(base);
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(free.stream().map(FreeParameter::parameter).toList())) {
            values.put(id, new ArrayList<>(start.parameter(id).values()));
        }
        for (int i = 0; i < x.length; i++) {
            FreeParameter p = free.get(i);
            values.get(p.parameter()).set(p.index(), round(p.fromUnit(x[i])));
        }
        values.replaceAll((id, v) -> List.copyOf(v));
        return values;
    }

    /** Four significant digits: finer than the runs' noise, and readable in the scenario file. */
    static double round(double v) {
        return new BigDecimal(v).round(new MathContext(4)).doubleValue();
    }
}
