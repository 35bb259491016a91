package org.corridor.app.evidence;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.corridor.app.cli.OptionChecks;
import org.corridor.app.ensemble.EngineOptions;
import org.corridor.sim.scenario.ScenarioLoader;
import org.corridor.spark.calibration.ReplicaCandidateEvaluator;
import org.corridor.spark.engine.ReplicaRunner;
import org.corridor.app.simulate.RunBounds;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.calibrate.CalibrationBlock;
import org.corridor.evidence.calibrate.CalibrationRecord;
import org.corridor.evidence.calibrate.Calibrator;
import org.corridor.evidence.calibrate.FreeParameter;
import org.corridor.evidence.calibrate.FreeParameters;
import org.corridor.evidence.compare.Comparison;
import org.corridor.evidence.observation.Period;
import org.corridor.evidence.targets.Targets;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.scenario.ScenarioText;
import org.corridor.sim.yaml.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corridor calibrate}: fits the free behavioural parameters to the targets and writes them into the baseline; held back
 * in time ({@code --held-back YEAR}), fits them to the figures dated up to a year and writes a new scenario file.
 */
@Command(name = "calibrate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Fit the model's free behavioural parameters (free-parameters.csv) to the calibration targets (targets.csv)",
            "with BOBYQA (Hipparchus) or CMA-ES (ask and tell: a generation's candidates x seeds run as one Spark job, on",
            "--master), running the baseline over several seeds per evaluation, and write the fitted values, the date, the",
            "targets and the final errors into the baseline scenario's file. The targets are the point targets (targets.csv) and",
            "the series by year (series-targets.csv: each year a term, the series' weight shared among its years). With --held-back",
            "YEAR, only the figures dated up to YEAR are targets and the fit goes into a new scenario file. Run it from the",
            "project's root; rebuild (./corridor does) for the new values to take effect."},
        footer = {"", "Examples:", "  corridor calibrate --scale 0.004 --seeds 1,2 --evaluations 80",
            "  corridor calibrate --held-back 2013 --scale 0.004 --seeds 1,2 --evaluations 70 --engine loop"})
public final class CalibrateCommand implements Callable<Integer> {
    static final Path BASELINE = Path.of("corridor-sim/src/main/resources/corridor/sim/scenarios/baseline.yaml");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scale", defaultValue = "0.004", paramLabel = "S", description = "the runs' scale (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--seeds", defaultValue = "1,2", split = ",", paramLabel = "N,N", description = "the runs' seeds (default: ${DEFAULT-VALUE})")
    List<Long> seeds;

    @Option(names = "--evaluations", defaultValue = "80", paramLabel = "K",
            description = "the most objective evaluations, each one run per seed (default: ${DEFAULT-VALUE})")
    int evaluations;

    @Option(names = "--method", defaultValue = "BOBYQA", paramLabel = "BOBYQA|CMAES",
            description = "the optimiser: BOBYQA (few evaluations) or CMAES (a population per generation) (default: ${DEFAULT-VALUE})")
    Calibrator.Method method;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "first month compared (default: the baseline's)")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "last month (default: the baseline's)")
    String to;


    @Option(names = "--scenario-file", paramLabel = "FILE",
            description = "the baseline scenario file to start from and write into (default: " + "corridor-sim/src/main/resources/corridor/sim/scenarios/baseline.yaml)")
    Path scenarioFile;

    @Option(names = "--held-back", paramLabel = "YEAR",
            description = "calibrate held back in time: the targets are only the figures dated up to YEAR (point targets and the series'"
                    + " years), the runs end at YEAR-12, the fit starts from behaviour.yaml's hand-set values (not the baseline's fit, which"
                    + " saw the later figures; a --scenario-file held back to the same YEAR is a further pass's start), the free parameters"
                    + " no such target informs keep them, and the"
                    + " fitted values go into a new scenario file (--out), never the baseline")
    Integer heldBack;

    @Option(names = "--out", paramLabel = "FILE",
            description = "with --held-back: the scenario file to write (default: runs/held-back-YEAR.yaml); it extends the baseline")
    Path heldBackOut;

    @Option(names = "--population", defaultValue = "0", paramLabel = "K",
            description = "with --method CMAES: candidates per generation, at least 2; 0 for CMA-ES's default 4 + floor(3 ln n) (default: ${DEFAULT-VALUE})")
    int population;

    @CommandLine.Mixin
    EngineOptions engine;

    @Option(names = "--profile", description = "fit nothing: profile each free parameter around the baseline's fitted values and print the"
            + " interval the fit supports (chi-square within 3.84 of the fit's); writes nothing")
    boolean profile;

    @Option(names = "--dry-run", description = "fit and print, but write nothing")
    boolean dryRun;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        OptionChecks check = new OptionChecks(spec);
        check.scale("--scale", scale);
        if (evaluations < 2 || evaluations > 100_000) {
            throw bad("--evaluations", "must be between 2 and 100000, got " + evaluations);
        }
        if (seeds.isEmpty() || seeds.size() > 64) {
            throw bad("--seeds", "give between 1 and 64 seeds");
        }
        if (population != 0 && (method != Calibrator.Method.CMAES || population < 2 || population > 1000)) {
            throw bad("--population", method != Calibrator.Method.CMAES ? "only with --method CMAES" : "must be 0 or between 2 and 1000, got " + population);
        }
        if (heldBackOut != null && heldBack == null) {
            throw bad("--out", "only with --held-back (a calibration over every year writes into --scenario-file)");
        }
        if (heldBack != null && profile) {
            throw bad("--held-back", "not with --profile");
        }
        try (ReplicaRunner runner = engine.runner(check)) {
            runner.warmUp(); // one Spark context for every generation
            Path file = scenarioFile == null ? BASELINE : scenarioFile;
            if (!Files.isRegularFile(file)) {
                throw bad("--scenario-file", file + " does not exist (run from the project's root, or name the file)");
            }
            if (!dryRun && heldBack == null && (!Files.isWritable(file) || !Files.isWritable(file.toAbsolutePath().getParent()))) {
                throw bad("--scenario-file", file + " or its folder cannot be written");
            }
            try {
                CalibrationBlock.checkHead(Files.readString(file));
            } catch (IllegalArgumentException e) {
                throw bad("--scenario-file", file + " " + e.getMessage());
            }
            Simulation simulation = Simulation.embedded();
            ScenarioText start;
            Scenario baseline;
            boolean heldBackAlike;
            try {
                ScenarioText text = ScenarioLoader.read(file.toString());
                // Held back in time, the fit starts from the hand-set values: the shipped fit saw the figures it holds back. A
                // scenario held back to the same year is blind to them too, so a further pass may start from it.
                heldBackAlike = heldBack != null && CalibrationRecord.of(text.text())
                        .map(r -> r.heldBackUntil().isPresent() && r.heldBackUntil().getAsInt() == heldBack).orElse(false);
                start = heldBack == null || heldBackAlike ? text : CalibrationBlock.uncalibrated(text);
                baseline = simulation.scenarios().parse(start);
            } catch (InputError | IllegalArgumentException e) {
                throw bad("--scenario-file", e.getMessage());
            }
            if (heldBack != null && !heldBackAlike && !baseline.calibrated().isEmpty()) {
                // Without its own block it still extends a calibrated scenario, whose values saw the later figures.
                throw bad("--scenario-file", file + " takes calibrated values from the scenario it extends (" + String.join(", ", baseline.calibrated())
                        + "): a held-back calibration starts from the hand-set values, so give the baseline's file or a scenario held back to "
                        + heldBack);
            }
            Evidence evidence = Evidence.embedded();
            Targets targets = evidence.targets();
            Path out = null;
            if (heldBack != null) {
                Period all = targets.span(evidence.observations());
                if (heldBack < all.first() || heldBack >= all.last()) {
                    throw bad("--held-back", "the targets are dated " + all.first() + " to " + all.last() + ": give a year from " + all.first()
                            + " to " + (all.last() - 1) + " so that some are held back, got " + heldBack);
                }
                targets = targets.until(heldBack, evidence.observations());
                if (to != null && check.month("--to", to, baseline.to()).isAfter(YearMonth.of(heldBack, 12))) {
                    throw bad("--to", "a calibration held back to " + heldBack + " sees nothing after it: end at " + heldBack + "-12 or earlier, got " + to);
                }
                out = heldBackOut != null ? heldBackOut : Path.of("runs", "held-back-" + heldBack + ".yaml");
                if (out.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())
                        || out.toAbsolutePath().normalize().equals(BASELINE.toAbsolutePath().normalize())) {
                    throw bad("--out", out + " is the scenario the calibration starts from: a held-back calibration never writes into the baseline");
                }
                if (Files.isDirectory(out) || (Files.exists(out) && !Files.isWritable(out))) {
                    throw bad("--out", out + " is a directory or cannot be written");
                }
            }
            YearMonth first = check.month("--from", from, baseline.from());
            YearMonth last = check.month("--to", to, heldBack != null ? YearMonth.of(heldBack, 12) : baseline.to());
            if (last.isBefore(first)) {
                throw bad("--to", last + " is before --from " + first);
            }
            if (!RunBounds.within(first, last, RunOptions.DEFAULT_BURN_IN)) {
                throw bad(from != null ? "--from" : "--to", RunBounds.RANGE);
            }
            Period needed = targets.span(evidence.observations());
            if (first.getYear() > needed.first() || first.getMonthValue() != 1) {
                throw bad("--from", "the targets start in " + needed.first() + ": begin at " + needed.first() + "-01 or earlier, got " + first);
            }
            if (last.getYear() < needed.last() || last.getMonthValue() != 12) {
                throw bad("--to", "the targets end in " + needed.last() + ": end at " + needed.last() + "-12 or later, got " + last);
            }
            List<FreeParameter> free;
            try {
                free = FreeParameters.embedded(simulation.behaviourOf(baseline));
            } catch (InputError e) {
                throw bad("--scenario-file", "the free parameters do not fit this baseline: " + e.getMessage());
            }
            List<FreeParameter> notFitted = List.of();
            if (heldBack != null) {
                Targets fitting = targets;
                notFitted = free.stream().filter(p -> !p.informedBy(fitting)).toList();
                free = FreeParameters.informedBy(free, targets);
                if (free.isEmpty()) {
                    throw bad("--held-back", "no target dated up to " + heldBack + " informs any free parameter");
                }
                // Written out with the fitted values, so that the scenario (which extends the shipped baseline) runs as the fit ran.
                Map<String, List<Double>> kept = new TreeMap<>();
                for (FreeParameter p : notFitted) {
                    kept.put(p.parameter(), simulation.behaviourOf(baseline).parameter(p.parameter()).values());
                }
                baseline = baseline.withBehaviour(kept, Set.of());
            }
            // BOBYQA's model needs 2n+1 points, and it evaluates its start again: 2n+3 with our first evaluation.
            if (method == Calibrator.Method.BOBYQA && evaluations < 2 * free.size() + 3) {
                throw bad("--evaluations", "BOBYQA needs at least " + (2 * free.size() + 3) + " evaluations for " + free.size() + " parameters, got "
                        + evaluations);
            }
            // CMA-ES's own sampling seed is fixed so that a calibration can be repeated exactly.
            Calibrator.Settings settings = new Calibrator.Settings(scale, seeds, first, last, RunOptions.DEFAULT_BURN_IN,
                    engine.threadsPerReplica(), evaluations, method, 20261122L, population);
            Calibrator calibrator = new Calibrator(simulation, baseline, free, evidence.observations(), targets, evidence.gdp(), settings);
            stdout.printf(Locale.ROOT, "corridor calibrate%s: %d free parameters, %d targets, seeds %s at scale %s, %s to %s, %s on %s%n",
                    heldBack == null ? "" : " held back to " + heldBack, free.size(), targets.all().size(), seeds, scale, first, last,
                    profile ? "no fit, " + (1 + free.size() * PROFILE_OFFSETS.length) + " points of a profile" : "up to " + evaluations + " evaluations",
                    runner.engine());
            for (FreeParameter p : notFitted) {
                stdout.printf(Locale.ROOT, "  not fitted: %s (no target dated up to %d informs it; kept at %s)%n", p.label(), heldBack,
                        CalibrationBlock.number(simulation.behaviourOf(baseline).get(p.parameter(), p.index())));
            }
            stdout.flush();
            if (profile) {
                ReplicaCandidateEvaluator evaluator = new ReplicaCandidateEvaluator(runner, start, settings,
                        targets.all(), ReplicaRunner.Progress.NONE);
                printProfile(stdout, calibrator.profile(evaluator, PROFILE_OFFSETS));
                return CommandLine.ExitCode.OK;
            }
            Calibrator.Result result;
            boolean showBar = !quiet && System.console() != null;
            try (ProgressBar bar = showBar ? new ProgressBarBuilder().setTaskName("calibrate").setInitialMax(evaluations).setUnit(" runs", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(System.err)).build() : null) {
                // Each batch (a CMA-ES generation, or BOBYQA's one point) is one job of candidates x seeds.
                ReplicaCandidateEvaluator evaluator = new ReplicaCandidateEvaluator(runner, start, settings,
                        targets.all(), ReplicaRunner.Progress.NONE);
                result = calibrator.run(evaluator, (k, max, value, best) -> {
                    if (bar != null) {
                        bar.stepTo(Math.min(k, max));
                        bar.setExtraMessage(String.format(Locale.ROOT, "objective %.4f, best %.4f", value, best));
                    } else if (!quiet) {
                        stdout.printf(Locale.ROOT, "  evaluation %d/%d: objective %.4f (best %.4f)%n", k, max, value, best);
                        stdout.flush();
                    }
                });
            }
            stdout.printf(Locale.ROOT, "objective (weighted mean squared log error): %.4f at the start, %.4f fitted, after %d evaluations%n",
                    result.startObjective(), result.objective(), result.evaluations());
            for (FreeParameter p : free) {
                stdout.printf(Locale.ROOT, "  %-40s %s%n", p.label(), CalibrationBlock.number(result.values().get(p.parameter()).get(p.index())));
            }
            for (Comparison c : result.fits()) {
                stdout.printf(Locale.ROOT, "  target %-36s observed %14s simulated %14s error %6.1f%% %s%n", c.observation().id(),
                        CalibrationBlock.number(c.observation().baseValue()), CalibrationBlock.number(c.simulatedValue()), 100 * c.relativeError(),
                        c.withinTolerance() ? "within" : "OUTSIDE " + Math.round(100 * c.tolerance()) + "%");
            }
            if (dryRun) {
                stdout.println("--dry-run: nothing written");
            } else if (heldBack != null) {
                String block = CalibrationBlock.render(result, baseline, LocalDate.now(),
                        new CalibrationBlock.HeldBack(heldBack, notFitted.stream().map(FreeParameter::label).toList()));
                CalibrationBlock.writeNew(out, CalibrationBlock.heldBackScenario(baseline, heldBack, block));
                stdout.println("written into " + out + " (a scenario extending the baseline; the baseline is unchanged); validate it with"
                        + " corridor validate --held-back " + out);
            } else {
                CalibrationBlock.write(file, CalibrationBlock.render(result, baseline, LocalDate.now()));
                stdout.println("written into " + file + "; rebuild (./corridor does) for the values to take effect");
            }
            stdout.flush();
        }
        return CommandLine.ExitCode.OK;
    }

    /** Steps either side of the fit, on the unit cube of each parameter's search bounds. */
    static final double[] PROFILE_OFFSETS = {-0.2, -0.1, -0.05, -0.025, 0.025, 0.05, 0.1, 0.2};

    private static void printProfile(PrintWriter out, List<Calibrator.Profile> profiles) {
        out.println("profile of the fit (chi-square: each target's log error over log(1 + its tolerance); the interval keeps it within "
                + Calibrator.CHI2_95 + " of the fit's):");
        for (Calibrator.Profile p : profiles) {
            out.printf(Locale.ROOT, "  %-40s fitted %-10s supported %s to %s%s%n", p.parameter().label(), CalibrationBlock.number(p.fitted()),
                    CalibrationBlock.number(p.low()), CalibrationBlock.number(p.high()), p.bounded() ? "" : " (at least: the edge of the points evaluated)");
            StringBuilder curve = new StringBuilder("    chi-square:");
            for (double[] point : p.points()) {
                curve.append(String.format(Locale.ROOT, " %s=%.1f", CalibrationBlock.number(point[0]), point[1]));
            }
            out.println(curve);
        }
        out.println("--profile: nothing written");
        out.flush();
    }

    private CommandLine.ParameterException bad(String option, String message) {
        return new OptionChecks(spec).bad(option, message);
    }
}
