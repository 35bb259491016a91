package org.corridor.app.sensitivity;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.cli.OptionChecks;
import org.corridor.app.ensemble.EngineOptions;
import org.corridor.app.ensemble.Progress;
import org.corridor.app.ensemble.ScenarioOptions;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.world.Origin;
import org.corridor.spark.engine.ReplicaRunner;
import org.corridor.spark.headline.Headline;
import org.corridor.spark.headline.HeadlineCell;
import org.corridor.spark.headline.HeadlineValues;
import org.corridor.spark.sensitivity.Bootstrap;
import org.corridor.spark.sensitivity.SensitivitySpec;
import org.corridor.spark.sensitivity.SensitivityStudy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corridor sensitivity}: which behavioural parameters drive the headline figures and a scenario's answer. */
@Command(name = "sensitivity",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Global sensitivity analysis of the headline figures (migrants abroad, legal share, people banned, remittances,",
            "households with a migrant, by origin, in chosen years) to the behavioural parameters, over their ranges",
            "(behaviour.yaml), for the baseline and for a scenario's difference from it.",
            "  morris: elementary effects of every parameter (about 130 factors) and a dummy, the random seed, whose mu* is",
            "          the noise floor; --trajectories x (factors + 2) runs per arm. Use it to screen.",
            "  sobol:  first-order and total indices (Saltelli sampling, Jansen's total estimator, bootstrap intervals) of at",
            "          most ten parameters or factors (--factors, or the top ten of a Morris result with --screen);",
            "          --samples x (factors + 2) runs per arm.",
            "Runs are Apache Spark tasks (local mode by default) or a plain loop (--engine loop)."},
        footer = {"", "Examples:",
            "  corridor sensitivity --method morris --scenario no-ban-database --years 2016 --out gsa/nbd-morris",
            "  corridor sensitivity --method sobol --scenario no-ban-database --screen gsa/nbd-morris --samples 64 --out gsa/nbd-sobol"})
public final class SensitivityCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--method", required = true, paramLabel = "morris|sobol", description = "morris to screen every parameter, sobol for indices of a few")
    String method;

    @CommandLine.Mixin
    ScenarioOptions run;

    @Option(names = "--outputs", split = ",", paramLabel = "NAME", defaultValue = "abroad,legal_share,banned,remittances,migrant_households",
            description = "headline figures: abroad, legal_share, banned, remittances, migrant_households (default: all)")
    List<String> outputs;

    @Option(names = "--origins", split = ",", paramLabel = "CODE", defaultValue = "TJ,KG,UZ", description = "origins (default: ${DEFAULT-VALUE})")
    List<String> origins;

    @Option(names = "--years", split = ",", paramLabel = "YYYY", description = "years of the figures (default: the period's last whole year)")
    List<Integer> years;

    @Option(names = "--trajectories", defaultValue = "10", paramLabel = "R", description = "Morris trajectories (default: ${DEFAULT-VALUE})")
    int trajectories;

    @Option(names = "--levels", defaultValue = "4", paramLabel = "P", description = "Morris grid levels, even (default: ${DEFAULT-VALUE})")
    int levels;

    @Option(names = "--samples", defaultValue = "64", paramLabel = "N", description = "Sobol base samples, a power of two (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--factors", split = ",", paramLabel = "ID", description = "Sobol: parameters or factors to analyse, at most ten")
    List<String> factors;

    @Option(names = "--screen", paramLabel = "DIR", description = "Sobol: take the ten parameters a Morris result ranks highest for the scenario's answer")
    Path screen;

    @Option(names = "--design-seed", defaultValue = "1", paramLabel = "N", description = "the design's seed (default: ${DEFAULT-VALUE})")
    long designSeed;

    @CommandLine.Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        OptionChecks check = new OptionChecks(spec);
        SensitivitySpec.Method m = switch (method) {
            case "morris" -> SensitivitySpec.Method.MORRIS;
            case "sobol" -> SensitivitySpec.Method.SOBOL;
            default -> throw check.bad("--method", "expected morris or sobol, got '" + method + "'");
        };
        if (trajectories < 2 || trajectories > 1000) {
            throw check.bad("--trajectories", "must be between 2 and 1000, got " + trajectories);
        }
        if (levels < 2 || levels > 20 || levels % 2 != 0) {
            throw check.bad("--levels", "must be even, between 2 and 20, got " + levels);
        }
        if (samples < 2 || samples > 65_536 || Integer.bitCount(samples) != 1) {
            throw check.bad("--samples", "must be a power of two between 2 and 65536, got " + samples);
        }
        try (ReplicaRunner runner = engine.runner(check)) {
            runner.warmUp();
            Simulation simulation = Simulation.embedded();
            ScenarioOptions.Resolved r = run.resolve(check, simulation);
            List<HeadlineCell> cells = cells(check, r);
            List<String> sobolFactors = m == SensitivitySpec.Method.SOBOL ? sobolFactors(check) : List.of();
            SensitivitySpec s;
            SensitivityStudy study;
            try {
                s = new SensitivitySpec(m, r.scenarioText(), r.baselineText(), cells, trajectories, levels, samples, sobolFactors, run.seed(),
                        designSeed, run.scale(), r.from(), r.to(), run.burnIn(), engine.threadsPerReplica());
                study = SensitivityStudy.plan(simulation, s);
            } catch (IllegalArgumentException e) { // the only spec a user can get wrong here is the Sobol factors
                throw check.bad(screen != null ? "--screen" : "--factors", e.getMessage());
            }
            check.writableOutput("--out", run.out());
            long start = System.nanoTime();
            List<HeadlineValues> values = Progress.run(runner, study.tasks(), HeadlineValues.of(cells, run.scale()), "sensitivity " + method,
                    run.showProgress() ? spec.commandLine().getErr() : null);
            List<SensitivityStudy.Result> results = study.analyse(values, Bootstrap.of(designSeed));
            double wall = (System.nanoTime() - start) / 1e9;
            SensitivityWriter.write(run.out(), s, study, values, results, runner.engine(), wall);
            stdout.printf(Locale.ROOT, "corridor sensitivity: %s of %s%s, %d factors, %d outputs: %d runs on %s in %.1f s; written to %s%n", method,
                    study.scenario().name(), r.baselineText() == null ? "" : " and its difference from the baseline", study.factorNames().size(),
                    cells.size(), study.runs(), runner.engine(), wall, run.out());
            stdout.flush();
        }
        return CommandLine.ExitCode.OK;
    }

    private List<HeadlineCell> cells(OptionChecks check, ScenarioOptions.Resolved r) {
        List<Headline> headlines = new ArrayList<>();
        for (String o : outputs) {
            try {
                headlines.add(Headline.parse(o.trim()));
            } catch (IllegalArgumentException e) {
                throw check.bad("--outputs", e.getMessage());
            }
        }
        List<Origin> os = new ArrayList<>();
        for (String o : origins) {
            try {
                os.add(Origin.valueOf(o.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw check.bad("--origins", "expected TJ, KG or UZ, got '" + o + "'");
            }
        }
        int lastWhole = r.to().getMonthValue() == 12 ? r.to().getYear() : r.to().getYear() - 1;
        List<Integer> ys = years == null ? List.of(lastWhole) : years;
        for (int y : ys) {
            if (y < r.from().getYear() || y > lastWhole || (y == r.from().getYear() && r.from().getMonthValue() != 1)) {
                throw check.bad("--years", y + " is not a whole year of the period " + r.from() + " to " + r.to());
            }
        }
        List<HeadlineCell> cells = new ArrayList<>();
        for (Headline h : headlines) {
            for (Origin o : os) {
                for (int y : ys) {
                    cells.add(new HeadlineCell(h, o, y));
                }
            }
        }
        return cells;
    }

    private List<String> sobolFactors(OptionChecks check) throws IOException {
        if ((factors == null) == (screen == null)) {
            throw check.bad("--factors", "a Sobol analysis needs either --factors or --screen (a Morris result), not both");
        }
        if (factors != null) {
            return factors.stream().map(String::trim).toList();
        }
        Path ranked = screen.resolve(SensitivityWriter.SCREEN);
        if (!Files.isRegularFile(ranked)) {
            throw check.bad("--screen", screen + " holds no " + SensitivityWriter.SCREEN + "; give the folder a Morris analysis wrote");
        }
        return SensitivityWriter.readScreen(ranked, SensitivitySpec.MAX_SOBOL_GROUPS);
    }
}
