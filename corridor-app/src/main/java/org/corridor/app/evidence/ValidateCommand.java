package org.corridor.app.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.corridor.app.cli.OptionChecks;
import org.corridor.app.simulate.OutputDirectory;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.outputs.RunDirectory;
import org.corridor.evidence.outputs.SimulatedRun;
import org.corridor.evidence.outputs.YearTable;
import org.corridor.evidence.report.ValidationReport;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.yaml.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corridor validate}: every observation against a run, as an HTML report with charts. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Set every figure from the sources against a run and write an HTML report with charts: targets and checks",
            "apart, with their error summaries, the conflict groups as ranges, and the sources' indicators (remittances over",
            "GDP, DLE, HHI, DMSRC, a gravity fit). Without --run, the scenario is run here first, in memory."},
        footer = {"", "Examples:", "  corridor validate --out runs/validation",
            "  corridor validate --run runs/baseline --out runs/baseline-validation"})
public final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--run", paramLabel = "DIR", description = "a run directory written by corridor simulate")
    Path run;

    @Option(names = "--scenario", defaultValue = "baseline", paramLabel = "NAME|FILE",
            description = "without --run: the scenario to run (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--scale", defaultValue = "0.01", paramLabel = "S", description = "without --run: the scale (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "without --run: the seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "without --run: worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--out", defaultValue = "validation", paramLabel = "DIR",
            description = "the report's directory; it must not exist or be empty (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        new OptionChecks(spec).writableOutput("--out", out);
        Evidence evidence = Evidence.embedded();
        YearTable table;
        ValidationReport.Run info;
        if (run != null) {
            try {
                table = RunDirectory.read(run);
            } catch (NoSuchFileException e) {
                throw bad("--run", e.getReason() == null ? e.getFile() + ": no such file" : e.getFile() + ": " + e.getReason());
            } catch (InputError e) {
                throw bad("--run", e.getMessage());
            }
            info = manifest(run);
        } else {
            OptionChecks check = new OptionChecks(spec);
            check.scale("--scale", scale);
            int workers = check.threads("--threads", threads);
            Simulation simulation = Simulation.embedded();
            Scenario s;
            try {
                s = simulation.scenarios().load(scenario);
            } catch (InputError e) {
                throw bad("--scenario", e.getMessage());
            }
            RunOptions options = new RunOptions(scale, seed, workers, s.from(), s.to(), RunOptions.DEFAULT_BURN_IN);
            table = simulate(simulation, s, options);
            info = new ValidationReport.Run(s.name(), seed, scale, s.from() + " to " + s.to(), "run in memory by corridor validate");
        }
        ValidationReport report = ValidationReport.of(info, table, evidence);
        try (OutputDirectory dir = OutputDirectory.open(out)) {
            report.write(dir.path(""));
            dir.commit();
        }
        stdout.println(ValidationReport.summaryText(report.comparisons()));
        stdout.println("corridor validate: report written to " + out.resolve("index.html"));
        stdout.flush();
        return CommandLine.ExitCode.OK;
    }

    private YearTable simulate(Simulation simulation, Scenario s, RunOptions options) {
        boolean showBar = !quiet && System.console() != null;
        try (ProgressBar bar = showBar ? new ProgressBarBuilder().setTaskName("simulate " + s.name())
                .setInitialMax(options.burnInMonths() + monthsBetween(options.from(), options.to())).setUnit(" months", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build() : null) {
            return SimulatedRun.years(simulation, s, options, month -> {
                if (bar != null) {
                    bar.step();
                    bar.setExtraMessage(month.toString());
                }
            });
        }
    }

    private static long monthsBetween(YearMonth from, YearMonth to) {
        return from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    private ValidationReport.Run manifest(Path dir) throws IOException {
        Path file = dir.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            throw bad("--run", file + ": no manifest (not a run directory of corridor simulate)");
        }
        JsonNode m;
        try {
            m = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw bad("--run", file + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        return new ValidationReport.Run(m.path("scenario").asText("?"), m.path("seed").asLong(), m.path("scale").asDouble(),
                m.path("from").asText() + " to " + m.path("to").asText(), "read from " + dir);
    }

    private CommandLine.ParameterException bad(String option, String message) {
        return new OptionChecks(spec).bad(option, message);
    }
}
