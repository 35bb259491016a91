package org.corridor.app.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.corridor.app.cli.OptionChecks;
import org.corridor.app.simulate.OutputDirectory;
import org.corridor.app.simulate.Parquet;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.calibrate.CalibrationRecord;
import org.corridor.evidence.compare.FigureClasses;
import org.corridor.evidence.targets.Targets;
import org.corridor.sim.scenario.ScenarioLoader;
import org.corridor.evidence.observation.Period;
import org.corridor.evidence.outputs.EnsembleDirectory;
import org.corridor.evidence.outputs.ReplicaTables;
import org.corridor.evidence.outputs.RunDirectory;
import org.corridor.evidence.outputs.SimulatedRun;
import org.corridor.evidence.outputs.YearTable;
import org.corridor.evidence.report.EnsembleValidation;
import org.corridor.evidence.report.ValidationReport;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.yaml.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corridor validate}: every observation against a run, or an ensemble's band, as an HTML report with charts. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Set every figure from the sources against a run and write an HTML report with charts. Every figure is classed",
            "(check, target, same as a target, input, not comparable, no output) and the error summary counts only the",
            "independent checks, overall and by kind; then the conflict groups as ranges, and the sources' indicators (remittances over",
            "GDP, DLE, HHI, DMSRC, a gravity fit). Without --run, the scenario is run here first, in memory. With --ensemble,",
            "each observation is set against the median and 5-95%% band of the replicas of an ensemble's baseline."},
        footer = {"", "Examples:", "  corridor validate --out runs/validation",
            "  corridor validate --run runs/baseline --out runs/baseline-validation",
            "  corridor validate --ensemble ens/baseline --out ens/baseline-validation"})
public final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--run", paramLabel = "DIR", description = "a run directory written by corridor simulate")
    Path run;

    @Option(names = "--ensemble", paramLabel = "DIR",
            description = "an ensemble directory written by corridor ensemble: the median and 5-95%% band of its baseline's replicas (of its"
                    + " scenario's if it ran no baseline) instead of a run; its period must cover the targets' years")
    Path ensemble;

    @Option(names = "--scenario", defaultValue = "baseline", paramLabel = "NAME|FILE",
            description = "without --run or --ensemble: the scenario to run (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--scale", defaultValue = "0.01", paramLabel = "S",
            description = "without --run or --ensemble: the scale (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "without --run or --ensemble: the seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "without --run or --ensemble: worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--held-back", paramLabel = "FILE",
            description = "a scenario written by corridor calibrate --held-back YEAR: run it too (same scale, seed and period), class every"
                    + " figure by its targets (each figure after YEAR is a check of it) and report the errors up to YEAR and after it by"
                    + " kind, beside the shipped run's, and Flee's measure of both beside the naive forecasts")
    Path heldBack;

    @Option(names = "--out", defaultValue = "validation", paramLabel = "DIR",
            description = "the report's directory; it must not exist or be empty (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (run != null && ensemble != null) {
            throw bad("--ensemble", "give --run or --ensemble, not both");
        }
        if (heldBack != null && ensemble != null) {
            throw bad("--held-back", "not with --ensemble: give --run or no run");
        }
        new OptionChecks(spec).writableOutput("--out", out);
        Evidence evidence = Evidence.embedded();
        HeldBackScenario held = heldBack == null ? null : heldBackScenario(evidence);
        ValidationReport report = ensemble != null ? ensembleReport(evidence) : runReport(evidence);
        if (held != null) {
            RunOptions options = new RunOptions(report.run().scale(), report.run().seed(), new OptionChecks(spec).threads("--threads", threads),
                    held.scenario().from(), held.scenario().to(), RunOptions.DEFAULT_BURN_IN);
            YearTable heldTable = simulate(held.simulation(), held.scenario(), options);
            report = report.withHeldBack(held.until(), held.scenario().name() + " (" + heldBack + ")", heldTable,
                    evidence.classes(evidence.targets().only(held.record().targets())), evidence);
        }
        try (OutputDirectory dir = OutputDirectory.open(out)) {
            report.write(dir.path(""));
            dir.commit();
        }
        stdout.println(classesNote);
        stdout.println(report.summaryText());
        stdout.println("corridor validate: report written to " + out.resolve("index.html"));
        stdout.flush();
        return CommandLine.ExitCode.OK;
    }

    /** The report of one run: read from --run, or run here. */
    private ValidationReport runReport(Evidence evidence) throws IOException {
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
        return ValidationReport.of(info, table, evidence, shippedClasses(evidence, run != null ? info.scenario() : scenario));
    }

    /** What the report says about the classes of the run's calibration. */
    private String classesNote = "";

    /**
     * The classes of the run's own calibration: the targets its scenario's calibration block lists (a figure is
     * a target only if the fit that made the values saw it); without a block, every declared target.
     */
    private FigureClasses shippedClasses(Evidence evidence, String scenarioName) {
        return evidence.classes(shippedTargets(evidence, scenarioName));
    }

    private Targets shippedTargets(Evidence evidence, String scenarioName) {
        java.util.Optional<CalibrationRecord> record;
        try {
            record = CalibrationRecord.of(ScenarioLoader.read(scenarioName).text());
        } catch (InputError | IllegalArgumentException e) {
            record = java.util.Optional.empty();
        }
        if (record.isEmpty() || record.get().targets().isEmpty()) {
            classesNote = "classes: " + scenarioName + " has no calibration record; every declared target (" + evidence.targets().all().size()
                    + ") is classed as a target";
            return evidence.targets();
        }
        Targets fitted = evidence.targets().only(record.get().targets());
        int declared = evidence.targets().all().size();
        classesNote = "classes: by the " + fitted.all().size() + " targets " + scenarioName + "'s calibration fitted (its calibration block)"
                + (declared > fitted.all().size() ? "; " + (declared - fitted.all().size()) + " declared targets it was not fitted to (such as"
                + " the series by year) are classed as figures it did not see" : "");
        return fitted;
    }

    /** A scenario written by corridor calibrate --held-back, its calibration record and the year it is held back to. */
    private record HeldBackScenario(Simulation simulation, Scenario scenario, CalibrationRecord record, int until) {
    }

    private HeldBackScenario heldBackScenario(Evidence evidence) {
        Simulation simulation = Simulation.embedded();
        Scenario s;
        CalibrationRecord record;
        try {
            s = simulation.scenarios().load(heldBack.toString());
            record = CalibrationRecord.of(ScenarioLoader.read(heldBack.toString()).text()).orElse(null);
        } catch (InputError e) {
            throw bad("--held-back", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw bad("--held-back", heldBack + ": " + e.getMessage());
        }
        if (record == null || record.heldBackUntil().isEmpty()) {
            throw bad("--held-back", heldBack + " has no held_back record in its calibration block: write it with corridor calibrate --held-back YEAR");
        }
        return new HeldBackScenario(simulation, s, record, record.heldBackUntil().getAsInt());
    }

    /** The report of an ensemble's replicas (of its baseline, or of its scenario when it ran none), read from --ensemble. */
    private ValidationReport ensembleReport(Evidence evidence) throws IOException {
        EnsembleDirectory dir;
        SortedMap<Integer, YearTable> tables;
        try {
            dir = EnsembleDirectory.open(ensemble);
            Period needed = shippedTargets(evidence, dir.armScenario()).span(evidence.observations());
            if (!dir.covers(needed)) {
                throw bad("--ensemble", ensemble + " covers " + dir.from() + " to " + dir.to() + ", but the targets need every month of "
                        + needed.first() + " to " + needed.last() + " (run corridor ensemble with --from " + needed.first() + "-01 --to "
                        + needed.last() + "-12)");
            }
            tables = ReplicaParquet.read(dir);
        } catch (NoSuchFileException e) {
            throw bad("--ensemble", e.getReason() == null ? e.getFile() + ": no such file" : e.getFile() + ": " + e.getReason());
        } catch (InputError | SQLException e) {
            throw bad("--ensemble", e.getMessage());
        }
        if (tables.size() != dir.runsPerArm()) {
            throw bad("--ensemble", dir.series() + ": " + tables.size() + " replicas of the " + dir.arm() + " arm, against " + dir.runsPerArm()
                    + " in the manifest (a truncated file?)");
        }
        EnsembleValidation validation = EnsembleValidation.of(dir.arm(), List.copyOf(tables.values()), evidence,
                shippedClasses(evidence, dir.armScenario()));
        String replicas = dir.seeds() + " seeds" + (dir.draws() == 0 ? ", the parameters as they are"
                : " x " + dir.draws() + " parameter draws");
        ValidationReport.Run info = new ValidationReport.Run(dir.armScenario(), dir.seed(), dir.scale(), dir.from() + " to " + dir.to(),
                "read from " + ensemble + " (" + replicas + ")");
        return ValidationReport.ofEnsemble(info, validation, evidence);
    }

    /**
     * Reads one arm of an ensemble's replica tables (Parquet) with DuckDB, which is this module's
     * dependency and not corridor-evidence's, and hands the rows to {@link ReplicaTables}, ordered by
     * replica and month as a run's CSV is. The columns are named, so tables of another version fail
     * here with the missing column rather than being misread. (Package-private for the tests.)
     */
    static final class ReplicaParquet {
        private static final List<String> HOUSEHOLDS = Arrays.stream(HouseholdMeasure.ALL).map(HouseholdMeasure::column).toList();
        private static final List<String> PEOPLE = Arrays.stream(Measure.ALL).map(Measure::column).toList();

        private ReplicaParquet() {
        }

        static SortedMap<Integer, YearTable> read(EnsembleDirectory dir) throws SQLException {
            ReplicaTables tables = dir.emptyTables();
            try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
                forEachRow(db, dir.households(), List.of("replica", "month", "origin"), HOUSEHOLDS, dir.arm(),
                        r -> tables.addHouseholds(r.getInt(1), r.getString(2), r.getString(3), measures(r, 4, HOUSEHOLDS.size())));
                forEachRow(db, dir.series(), List.of("replica", "month", "origin", "destination", "sex"), PEOPLE, dir.arm(),
                        r -> tables.addPeople(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                                measures(r, 6, PEOPLE.size())));
            }
            return tables.tables();
        }

        private interface Row {
            void accept(ResultSet r) throws SQLException;
        }

        private static void forEachRow(Connection db, Path file, List<String> keys, List<String> measures, String arm, Row row)
                throws SQLException {
            String columns = String.join(", ", Stream.concat(keys.stream(), measures.stream()).map(c -> '"' + c + '"').toList());
            try (PreparedStatement s = db.prepareStatement("SELECT " + columns + " FROM read_parquet(" + Parquet.literal(file)
                    + ") WHERE arm = ? ORDER BY replica, month")) {
                s.setString(1, arm);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        row.accept(r);
                    }
                }
            } catch (SQLException e) {
                // DuckDB's message runs over several lines (the query, a caret) and names no file: the first line, with the file.
                String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
                throw new SQLException(file + ": DuckDB could not read it: " + first, e);
            }
        }

        /** The measures of a row, from column {@code first} on (1-based, as JDBC counts). */
        private static double[] measures(ResultSet r, int first, int count) throws SQLException {
            double[] values = new double[count];
            for (int k = 0; k < count; k++) {
                values[k] = r.getDouble(first + k);
            }
            return values;
        }
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
