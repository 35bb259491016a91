package org.corridor.app.ensemble;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.corridor.app.cli.OptionChecks;
import org.corridor.app.simulate.RunBounds;
import org.corridor.sim.output.Tally;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.scenario.ScenarioLoader;
import org.corridor.sim.scenario.ScenarioText;
import org.corridor.sim.yaml.InputError;
import org.corridor.spark.engine.LoopRunner;
import org.corridor.spark.engine.ReplicaRunner;
import org.corridor.spark.engine.SparkMaster;
import org.corridor.spark.engine.SparkRunner;
import org.corridor.spark.ensemble.EnsemblePlan;
import org.corridor.spark.ensemble.EnsembleSpec;
import org.corridor.spark.ensemble.EnsembleSummary;
import org.corridor.spark.ensemble.ReplicaOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corridor ensemble}: a scenario and its baseline as replicas over seeds and parameter draws, with bands. */
@Command(name = "ensemble",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Run a scenario and, beside it, its baseline as an ensemble: --replicas seeds times --parameter-draws",
            "Latin-hypercube draws of the behavioural parameters from their ranges (behaviour.yaml), the same seeds and draws",
            "for both (common random numbers). Writes every replica's tables, the bands of every series (mean, median, 5, 25,",
            "75 and 95% quantiles) for the scenario, the baseline and their difference, and a manifest. Replicas run as Apache",
            "Spark tasks, in local mode by default or on a cluster (--master spark://HOST:7077)."},
        footer = {"", "Examples:", "  corridor ensemble --scenario no-ban-database --replicas 4 --parameter-draws 8 --scale 0.002 --out ens/nbd",
            "  corridor ensemble --scenario patent-price-double --replicas 8 --master spark://10.0.0.5:7077 --out ens/ppd"})
public final class EnsembleCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "baseline", paramLabel = "NAME|FILE",
            description = "a bundled scenario's name or a scenario file (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--baseline", defaultValue = "baseline", paramLabel = "NAME|FILE|none",
            description = "what the scenario is set against, run with the same seeds and draws; none for the scenario alone (default: ${DEFAULT-VALUE})")
    String baseline;

    @Option(names = "--replicas", defaultValue = "4", paramLabel = "N", description = "seeds per draw, 1 to 10000 (default: ${DEFAULT-VALUE})")
    int replicas;

    @Option(names = "--parameter-draws", defaultValue = "0", paramLabel = "M",
            description = "Latin-hypercube draws of the parameters; 0 holds them at their values (default: ${DEFAULT-VALUE})")
    int draws;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "the first replica's seed; the others follow (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--draw-seed", defaultValue = "1", paramLabel = "N", description = "the Latin hypercube's seed (default: ${DEFAULT-VALUE})")
    long drawSeed;

    @Option(names = "--scale", defaultValue = "0.01", paramLabel = "S", description = "agents per person (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "first month reported (default: the scenario's period)")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "last month (default: the scenario's period)")
    String to;

    @Option(names = "--burn-in", defaultValue = "36", paramLabel = "MONTHS", description = "months simulated before --from (default: ${DEFAULT-VALUE})")
    int burnIn;

    @Option(names = "--threads-per-replica", defaultValue = "1", paramLabel = "T", description = "threads each replica uses (default: ${DEFAULT-VALUE})")
    int threadsPerReplica;

    @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
            description = "Spark's master: local[N], local[*], spark://HOST:PORT, yarn, k8s://... (default: ${DEFAULT-VALUE})")
    String master;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "P", description = "partitions of the replicas; 0 is one each (default: ${DEFAULT-VALUE})")
    int partitions;

    @Option(names = "--executor-memory", paramLabel = "SIZE", description = "Spark's memory per executor, such as 2g (default: Spark's)")
    String executorMemory;

    @Option(names = "--engine", defaultValue = "spark", paramLabel = "spark|loop",
            description = "spark, or loop: the same replicas in a plain loop in this JVM, as many at once as --master's cores (default: ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the directory to create; it must not exist or be empty")
    Path out;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        OptionChecks check = new OptionChecks(spec);
        check.scale("--scale", scale);
        if (replicas < 1 || replicas > EnsembleSpec.MAX_REPLICAS) {
            throw check.bad("--replicas", "must be between 1 and " + EnsembleSpec.MAX_REPLICAS + ", got " + replicas);
        }
        if (draws < 0 || (long) replicas * Math.max(draws, 1) > EnsembleSpec.MAX_REPLICAS) {
            throw check.bad("--parameter-draws", "must be 0 or more, with --replicas x --parameter-draws at most " + EnsembleSpec.MAX_REPLICAS
                    + ", got " + draws);
        }
        if (threadsPerReplica < 1 || threadsPerReplica > 64) {
            throw check.bad("--threads-per-replica", "must be between 1 and 64, got " + threadsPerReplica);
        }
        if (partitions < 0 || partitions > EnsembleSpec.MAX_REPLICAS * 2) {
            throw check.bad("--partitions", "must be between 0 and " + EnsembleSpec.MAX_REPLICAS * 2 + ", got " + partitions);
        }
        if (burnIn < 0 || burnIn > 240) {
            throw check.bad("--burn-in", "must be between 0 and 240 months, got " + burnIn);
        }
        if (!engine.equals("spark") && !engine.equals("loop")) {
            throw check.bad("--engine", "expected spark or loop, got '" + engine + "'");
        }
        SparkMaster sparkMaster;
        try {
            sparkMaster = new SparkMaster(master);
        } catch (IllegalArgumentException e) {
            throw check.bad("--master", e.getMessage());
        }
        if (executorMemory != null && !executorMemory.matches("[1-9][0-9]{0,5}[mMgG]")) {
            throw check.bad("--executor-memory", "expected a size such as 512m or 2g, got '" + executorMemory + "'");
        }
        Simulation simulation = Simulation.embedded();
        ScenarioText scenarioText = read(check, "--scenario", scenario);
        ScenarioText baselineText = baseline.equals("none") || baseline.equals(scenario) ? null : read(check, "--baseline", baseline);
        Scenario s = parse(check, simulation, "--scenario", scenarioText);
        if (baselineText != null) {
            parse(check, simulation, "--baseline", baselineText);
        }
        YearMonth first = check.month("--from", from, s.from());
        YearMonth last = check.month("--to", to, s.to());
        if (last.isBefore(first)) {
            throw check.bad("--to", last + " is before --from " + first);
        }
        if (!RunBounds.within(first, last, burnIn)) {
            throw check.bad(from != null ? "--from" : "--to", RunBounds.RANGE);
        }
        EnsembleSpec ensemble = new EnsembleSpec(scenarioText, baselineText, replicas, draws, seed, drawSeed, scale, first, last, burnIn,
                threadsPerReplica);
        checkDriverMemory(check, ensemble, first, last);
        check.writableOutput("--out", out);
        ReplicaRunner runner = runner(check, sparkMaster);
        if (!engine.equals("loop")) {
            try {
                sparkMaster.checkReachable(); // before Spark's own retries, which take minutes
            } catch (IllegalArgumentException e) {
                throw check.bad("--master", e.getMessage());
            }
        }
        EnsemblePlan plan = EnsemblePlan.of(simulation, ensemble);
        long start = System.nanoTime();
        List<ReplicaOutput> outputs = run(runner, plan, quiet || System.console() == null ? null : err);
        EnsembleSummary summary = EnsembleSummary.of(outputs, scale);
        double wall = (System.nanoTime() - start) / 1e9;
        EnsembleWriter.write(out, plan, outputs, summary, runner.engine(), wall);
        stdout.printf("corridor ensemble: %s%s, %d replicas x %s (%d runs), scale %s, %s to %s on %s: %.1f s; written to %s%n",
                s.name(), baselineText == null ? "" : " against " + plan.baseline().name(), replicas,
                draws == 0 ? "the parameters as they are" : draws + " draws of " + plan.factors().size() + " parameters", plan.tasks().size(),
                scale, first, last, runner.engine(), wall, out);
        stdout.flush();
        return CommandLine.ExitCode.OK;
    }

    private ReplicaRunner runner(OptionChecks check, SparkMaster sparkMaster) {
        int cores = sparkMaster.url().matches("local\\[[0-9]+]") ? Integer.parseInt(sparkMaster.url().replaceAll("\\D", ""))
                : Runtime.getRuntime().availableProcessors();
        if (engine.equals("loop")) {
            return new LoopRunner(cores);
        }
        if (!SparkRunner.available()) {
            throw check.bad("--engine", "Apache Spark is not on the class path; run through ./corridor, which adds it, or use --engine loop");
        }
        String jar = EnsembleCommand.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        return SparkRunner.on(sparkMaster, partitions, List.of(jar), executorMemory);
    }

    /** The driver keeps every replica's tallies until the summary is made: refuse what cannot fit rather than fail at the end. */
    private static void checkDriverMemory(OptionChecks check, EnsembleSpec ensemble, YearMonth first, YearMonth last) {
        long months = (last.getYear() - first.getYear()) * 12L + last.getMonthValue() - first.getMonthValue() + 1;
        long runs = (long) ensemble.replicas() * (ensemble.hasBaseline() ? 2 : 1);
        long bytes = runs * months * Tally.CELLS * 8L * 2; // the tallies, and the summary's values beside them
        long available = Runtime.getRuntime().maxMemory() * 7 / 10;
        if (bytes > available) {
            throw check.bad("--replicas", String.format("%d runs of %d months need about %,d MB on the driver, more than its %,d MB; use fewer"
                    + " replicas or a shorter period, or give the JVM more memory (CORRIDOR_JAVA_OPTS=-Xmx...)", runs, months, bytes >> 20,
                    available >> 20));
        }
    }

    private static ScenarioText read(OptionChecks check, String option, String nameOrFile) {
        try {
            return ScenarioLoader.read(nameOrFile);
        } catch (InputError e) {
            throw check.bad(option, e.getMessage());
        }
    }

    private static Scenario parse(OptionChecks check, Simulation simulation, String option, ScenarioText text) {
        try {
            return simulation.scenarios().parse(text);
        } catch (InputError e) {
            throw check.bad(option, e.getMessage());
        }
    }

    private static List<ReplicaOutput> run(ReplicaRunner runner, EnsemblePlan plan, PrintWriter progress) {
        if (progress == null) {
            return runner.run(plan.tasks(), ReplicaRunner.Progress.NONE);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ensemble " + plan.scenario().name()).setInitialMax(plan.tasks().size())
                .setUnit(" replicas", 1).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build()) {
            return runner.run(plan.tasks(), (done, total) -> bar.stepTo(done));
        }
    }
}
