package org.corridor.app.web.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.corridor.app.simulate.OutputDirectory;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.outputs.SimulatedRun;
import org.corridor.evidence.outputs.YearTable;
import org.corridor.evidence.report.ValidationReport;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validation report the evidence page shows: the latest one under {@code DATA/validation}
 * (written there by this class, or by {@code corridor validate --out DATA/validation}). Preparing
 * one runs the calibrated baseline on one background thread, once: a request while it is being
 * prepared, or once it exists, starts nothing. The report appears whole or not at all.
 */
public final class ValidationReports {
    /** The web app prepares reports at a small scale: a shared server, and the report's errors barely move with scale. */
    static final double SCALE = 0.004;
    private static final Logger LOG = LoggerFactory.getLogger(ValidationReports.class);

    /** What the page says about the report. */
    public enum State { NONE, PREPARING, READY, FAILED }

    private final Path dir;
    private final Evidence evidence;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "validation-report");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<State> preparing = new AtomicReference<>(State.NONE);

    public ValidationReports(Path dataDir, Evidence evidence) {
        this.dir = dataDir.resolve("validation");
        this.evidence = evidence;
    }

    public Evidence evidence() {
        return evidence;
    }

    public Path dir() {
        return dir;
    }

    public State state() {
        if (preparing.get() == State.PREPARING || preparing.get() == State.FAILED) {
            return preparing.get();
        }
        return exists() ? State.READY : State.NONE;
    }

    /** Whether a complete report is on disk (one is served even while another is being prepared). */
    public boolean exists() {
        return Files.isRegularFile(dir.resolve("index.html"));
    }

    /**
     * Starts preparing a report when there is none, or the last attempt failed; true if this call
     * started it. The report of a build is the same every time (a fixed seed), so a request can never
     * start a second one: the page offers it only when there is nothing to show.
     */
    public boolean prepare() {
        if (exists() && preparing.get() != State.FAILED) {
            return false;
        }
        if (!preparing.compareAndSet(State.NONE, State.PREPARING) && !preparing.compareAndSet(State.FAILED, State.PREPARING)) {
            return false;
        }
        worker.execute(() -> {
            State outcome = State.FAILED;
            try {
                write();
                outcome = State.NONE;
            } catch (Throwable e) { // an Error too (memory, fonts for the charts): the page must not wait for ever
                LOG.error("the validation report failed: {}", e.toString());
            } finally {
                preparing.set(outcome);
            }
        });
        return true;
    }

    private void write() throws IOException {
        Simulation simulation = Simulation.embedded();
        Scenario baseline = simulation.scenarios().load("baseline");
        // One thread: the lab's runs and the planner keep the other cores.
        RunOptions options = new RunOptions(SCALE, 1, 1, baseline.from(), baseline.to(), RunOptions.DEFAULT_BURN_IN);
        YearTable table = SimulatedRun.years(simulation, baseline, options);
        ValidationReport report = ValidationReport.of(new ValidationReport.Run(baseline.name(), 1, SCALE, baseline.from() + " to " + baseline.to(),
                "run by the web app on " + Instant.now().toString().substring(0, 10)), table, evidence,
                evidence.classes(evidence.fittedBy(org.corridor.sim.scenario.ScenarioLoader.read("baseline").text())));
        Files.createDirectories(dir.getParent());
        Path staged = dir.resolveSibling("validation-new");
        deleteTree(staged);
        try (OutputDirectory out = OutputDirectory.open(staged)) {
            report.write(out.path(""));
            out.commit();
        }
        // Swap the new report in: the old one goes only once the new one is complete.
        Path old = dir.resolveSibling("validation-old");
        deleteTree(old);
        if (Files.exists(dir)) {
            Files.move(dir, old);
        }
        try {
            Files.move(staged, dir);
        } catch (IOException e) {
            if (Files.exists(old) && !Files.exists(dir)) {
                Files.move(old, dir); // put the last good report back
            }
            throw e;
        }
        deleteTree(old);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
