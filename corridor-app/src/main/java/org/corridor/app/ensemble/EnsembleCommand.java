package org.corridor.app.ensemble;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.app.cli.OptionChecks;
import org.corridor.sim.output.Tally;
import org.corridor.sim.run.Simulation;
import org.corridor.spark.engine.ReplicaRunner;
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

    @CommandLine.Mixin
    ScenarioOptions run;

    @Option(names = "--replicas", defaultValue = "4", paramLabel = "N", description = "seeds per draw, 1 to 10000 (default: ${DEFAULT-VALUE})")
    int replicas;

    @Option(names = "--parameter-draws", defaultValue = "0", paramLabel = "M",
            description = "Latin-hypercube draws of the parameters; 0 holds them at their values (default: ${DEFAULT-VALUE})")
    int draws;

    @Option(names = "--draw-seed", defaultValue = "1", paramLabel = "N", description = "the Latin hypercube's seed (default: ${DEFAULT-VALUE})")
    long drawSeed;

    @CommandLine.Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        OptionChecks check = new OptionChecks(spec);
        if (replicas < 1 || replicas > EnsembleSpec.MAX_REPLICAS) {
            throw check.bad("--replicas", "must be between 1 and " + EnsembleSpec.MAX_REPLICAS + ", got " + replicas);
        }
        if (draws < 0 || (long) replicas * Math.max(draws, 1) > EnsembleSpec.MAX_REPLICAS) {
            throw check.bad("--parameter-draws", "must be 0 or more, with --replicas x --parameter-draws at most " + EnsembleSpec.MAX_REPLICAS
                    + ", got " + draws);
        }
        try (ReplicaRunner runner = engine.runner(check)) {
            runner.warmUp(); // Spark comes up while the inputs load and the replicas are planned
            Simulation simulation = Simulation.embedded();
            ScenarioOptions.Resolved r = run.resolve(check, simulation);
            EnsembleSpec ensemble = new EnsembleSpec(r.scenarioText(), r.baselineText(), replicas, draws, run.seed(), drawSeed, run.scale(), r.from(),
                    r.to(), run.burnIn(), engine.threadsPerReplica());
            checkDriverMemory(check, ensemble, r.from(), r.to());
            check.writableOutput("--out", run.out());
            EnsemblePlan plan = EnsemblePlan.of(simulation, ensemble);
            long start = System.nanoTime();
            List<ReplicaOutput> outputs = Progress.run(runner, plan.tasks(), org.corridor.spark.engine.Reduction.tallies(),
                    "ensemble " + plan.scenario().name(), run.showProgress() ? spec.commandLine().getErr() : null);
            EnsembleSummary summary = EnsembleSummary.of(outputs, run.scale());
            double wall = (System.nanoTime() - start) / 1e9;
            EnsembleWriter.write(run.out(), plan, outputs, summary, runner.engine(), wall);
            stdout.printf("corridor ensemble: %s%s, %d replicas x %s (%d runs), scale %s, %s to %s on %s: %.1f s; written to %s%n",
                    plan.scenario().name(), plan.baseline() == null ? "" : " against " + plan.baseline().name(), replicas,
                    draws == 0 ? "the parameters as they are" : draws + " draws of " + plan.factors().size() + " parameters", plan.tasks().size(),
                    run.scale(), r.from(), r.to(), runner.engine(), wall, run.out());
            stdout.flush();
        }
        return CommandLine.ExitCode.OK;
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
}
