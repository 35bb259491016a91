package org.corridor.app.simulate;

import org.corridor.sim.run.ScenarioRunner;
import org.corridor.sim.run.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.corridor.app.cli.OptionChecks;
import org.corridor.sim.environment.Series;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.yaml.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corridor simulate}: runs a scenario over the whole corridor and writes its outputs. */
@Command(name = "simulate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Simulate every person of Tajikistan, Kyrgyzstan and Uzbekistan, month by month, under a scenario's",
            "law, behaviour and environment, and write the run's series, household table, Parquet copies, charts and",
            "manifest to a new directory. Counts and money are full-population estimates (agent values over the scale).",
            "",
            "Bundled scenarios: " + "baseline, patent-price-double, no-ban-database, ban-amnesty-2018, kyrgyzstan-outside-eaeu,",
            "  registration-appointments, longer-legalisation-window, legal-literacy-campaign, remittance-trust-fund-2pct,",
            "  passports-at-embassy, no-rouble-devaluation, no-2025-reforms. Or give a scenario file (see docs/MODEL.md, 'Scenarios')."},
        footer = {"", "Example:", "  corridor simulate --scenario baseline --scale 0.01 --out runs/baseline"})
public final class SimulateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "NAME|FILE", description = "a bundled scenario's name or a scenario file")
    String scenario;

    @Option(names = "--scale", defaultValue = "0.01", paramLabel = "S",
            description = "agents per person: 1 is everyone (about 50 million), 0.01 a quick run (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "first month reported (default: the scenario's period)")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "last month (default: the scenario's period)")
    String to;

    @Option(names = "--burn-in", defaultValue = "36", paramLabel = "MONTHS",
            description = "months simulated before --from and not reported, so stocks abroad build up (default: ${DEFAULT-VALUE})")
    int burnIn;

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
        int workers = check.threads("--threads", threads);
        if (burnIn < 0 || burnIn > 240) {
            throw bad("--burn-in", "must be between 0 and 240 months, got " + burnIn);
        }
        Simulation simulation = Simulation.embedded();
        Scenario s;
        try {
            s = simulation.scenarios().load(scenario);
        } catch (InputError e) {
            err.println("corridor simulate: --scenario: " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        YearMonth first = check.month("--from", from, s.from());
        YearMonth last = check.month("--to", to, s.to());
        if (last.isBefore(first)) {
            throw bad("--to", last + " is before --from " + first);
        }
        if (!RunBounds.within(first, last, burnIn)) {
            throw bad(from != null ? "--from" : "--to", RunBounds.RANGE);
        }
        RunOptions options = new RunOptions(scale, seed, workers, first, last, burnIn);
        check.writableOutput("--out", out);
        for (Series held : simulation.environmentOf(s).heldFlat(last)) {
            err.printf("corridor simulate: warning: %s (%s) has data to %s; it is held flat to %s%n", held.id(), held.description(),
                    held.lastPoint(), last);
        }
        err.flush();
        RunResult result = run(simulation, s, options, quiet || System.console() == null ? null : err);
        RunWriter.write(out, result);
        stdout.printf("%s: %s, scale %s, seed %d, %s to %s: %,d agent-months in %.1f s (%.1f million a second); written to %s%n",
                "corridor simulate", s.name(), scale, seed, first, last, result.agentMonths(), result.wallSeconds(),
                result.agentMonths() / result.wallSeconds() / 1e6, out);
        stdout.flush();
        return CommandLine.ExitCode.OK;
    }

    /** Runs the scenario, with a progress bar on {@code progress} if given. */
    static RunResult run(Simulation simulation, Scenario s, RunOptions options, PrintWriter progress) {
        if (progress == null) {
            return ScenarioRunner.run(simulation, s, options, ScenarioRunner.Progress.NONE);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("simulate " + s.name()).setInitialMax(1).setUnit(" months", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build()) {
            return ScenarioRunner.run(simulation, s, options, (done, total, month) -> {
                bar.maxHint(total);
                bar.stepTo(done);
                bar.setExtraMessage(month.toString());
            });
        }
    }

    private CommandLine.ParameterException bad(String option, String message) {
        return new OptionChecks(spec).bad(option, message);
    }
}
