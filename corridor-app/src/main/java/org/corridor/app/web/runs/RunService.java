package org.corridor.app.web.runs;

import org.corridor.sim.run.ScenarioRunner;
import org.corridor.sim.run.RunResult;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleConsumer;
import org.corridor.app.web.ClientError;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.world.Origin;

/**
 * The web server's runs: starts them through the {@link RunQueue}, each with the baseline it is
 * compared with, keeps them in the {@link RunStore}, and answers what is known of a run.
 */
public final class RunService implements AutoCloseable {
    private final Simulation simulation;
    private final BundledScenarios scenarios;
    private final RunStore store;
    private final RunQueue queue;
    private final int threadsPerRun;
    /** What was asked of the runs started since the server started; a stored run's manifest says it too. */
    private final Map<RunId, RunRequest> requests = new ConcurrentHashMap<>();
    private final EnsembleService ensembles;
    private final RunRetention retention;

    /**
     * @param maxRunning runs at the same time; the machine's cores are shared among them
     * @param maxQueued runs waiting beyond those, before requests are refused
     */
    public RunService(Simulation simulation, Path folder, int maxRunning, int maxQueued) {
        this(simulation, folder, folder.resolveSibling(folder.getFileName() + "-ensembles"), maxRunning, maxQueued, RunRetention.DEFAULT_KEEP);
    }

    /**
     * @param ensembles where ensembles are kept: the lab's, and those {@code corridor ensemble --out} puts there
     * @param maxRunning 0 for a server that starts no runs, only shows those stored
     * @param keep the runs and ensembles kept; the oldest beyond are deleted ({@link RunRetention})
     */
    public RunService(Simulation simulation, Path folder, Path ensembles, int maxRunning, int maxQueued, int keep) {
        this.simulation = simulation;
        this.scenarios = new BundledScenarios(simulation.scenarios());
        this.store = new RunStore(folder);
        this.queue = new RunQueue(maxRunning, maxQueued);
        this.threadsPerRun = Math.max(1, Runtime.getRuntime().availableProcessors() / Math.max(1, maxRunning));
        EnsembleStore ensembleStore = new EnsembleStore(ensembles);
        this.retention = new RunRetention(store, ensembleStore, keep);
        this.ensembles = new EnsembleService(simulation, scenarios, ensembleStore, queue, this::stored);
    }

    /** The lab's ensembles, whose replicas share this service's queue. */
    public EnsembleService ensembles() {
        return ensembles;
    }

    /** What is known of a run: its status, what was asked for, and once done its manifest. */
    public record RunInfo(RunId id, RunStatus status, Optional<RunRequest> request, Optional<JsonNode> manifest) {
        /** The baseline at the same scale, seed and period; none for a baseline. */
        public Optional<RunId> baseline() {
            return request.filter(r -> !r.isBaseline()).map(r -> RunId.of(r.baseline()));
        }
    }

    public BundledScenarios scenarios() {
        return scenarios;
    }

    public RunRequest validate(RunRequest.Draft draft) {
        return draft.validate(scenarios);
    }

    /**
     * Starts the run, and its baseline if it is neither stored nor under way; a run already stored or
     * under way is not started again (runs are deterministic). Refused with 503 when the queue is full.
     */
    public RunId start(RunRequest request) {
        refuseIfStartingNone(queue);
        Set<RunRequest> needed = new LinkedHashSet<>();
        needed.add(request);
        if (!request.isBaseline()) {
            needed.add(request.baseline());
        }
        List<RunQueue.Submission> submissions = new ArrayList<>();
        for (RunRequest r : needed) {
            RunId id = RunId.of(r);
            if (!store.has(id)) {
                requests.putIfAbsent(id, r);
                submissions.add(new RunQueue.Submission(id, progress -> execute(id, r, progress)));
            }
        }
        try {
            queue.submitAll(submissions);
        } catch (RunQueue.Full e) {
            throw new ClientError(HttpStatus.SERVICE_UNAVAILABLE, "queue", e.getMessage());
        }
        return RunId.of(request);
    }

    private void execute(RunId id, RunRequest request, DoubleConsumer progress) throws Exception {
        Scenario scenario = request.levers().applyTo(scenarios.find(request.scenario()).orElseThrow());
        RunResult result = ScenarioRunner.run(simulation, scenario, request.options(threadsPerRun),
                (done, total, month) -> progress.accept((double) done / total));
        try {
            store.write(id, result, request);
        } catch (IOException e) {
            // the message names server paths: the log keeps it, the person who asked learns what failed
            throw new IOException("the run's tables could not be written on the server", e);
        }
        stored(id);
    }

    /** A server started with no workers refuses every run with 403: it only shows what is stored. */
    static void refuseIfStartingNone(RunQueue queue) {
        if (queue.startsNone()) {
            throw new ClientError(HttpStatus.FORBIDDEN, "queue", "this server starts no runs; it shows the runs stored on it");
        }
    }

    /** After a run or ensemble is stored: deletes the oldest beyond the limit, sparing those under way and the baselines they need. */
    private void stored(RunId id) {
        Set<RunId> busy = new LinkedHashSet<>(ensembles.underWay());
        for (RunStatus s : queue.all()) {
            if (s.pending()) {
                busy.add(s.id());
                RunRequest r = requests.get(s.id());
                if (r != null && !r.isBaseline()) {
                    busy.add(RunId.of(r.baseline()));
                }
            }
        }
        retention.prune(id, busy);
    }

    public Optional<RunInfo> find(RunId id) {
        Optional<JsonNode> manifest = store.manifest(id);
        Optional<RunStatus> status = manifest.isPresent() ? Optional.of(RunStatus.done(id)) : queue.status(id);
        return status.map(s -> new RunInfo(id, s, manifest.flatMap(RunService::request).or(() -> Optional.ofNullable(requests.get(id))), manifest));
    }

    /** What the manifest says was asked for; nothing for a folder put there by hand from {@code corridor simulate}. */
    static Optional<RunRequest> request(JsonNode manifest) {
        JsonNode r = manifest.path("request");
        JsonNode l = r.path("levers");
        try {
            return Optional.of(new RunRequest(r.path("scenario").asText(), new Levers(l.path("patentPriceMultiplier").asDouble(1),
                    l.path("banRegisterReach").asDouble(1), l.path("roubleDevaluationPercent").asDouble(0), YearMonth.parse(l.path("from").asText())),
                    r.path("scale").asDouble(), r.path("seed").asLong(), YearMonth.parse(r.path("from").asText()), YearMonth.parse(r.path("to").asText())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The runs under way or failed since the server started, then the stored ones, newest first. */
    public List<RunInfo> list() {
        List<RunInfo> all = new ArrayList<>();
        Set<RunId> seen = new LinkedHashSet<>();
        List<RunStatus> live = new ArrayList<>(queue.all());
        Collections.reverse(live);
        for (RunStatus s : live) {
            if (s.state() != RunStatus.State.DONE && seen.add(s.id())) {
                all.add(new RunInfo(s.id(), s, Optional.ofNullable(requests.get(s.id())), Optional.empty()));
            }
        }
        for (RunId id : store.list()) {
            if (seen.add(id)) {
                find(id).ifPresent(all::add);
            }
        }
        return all;
    }

    /** A done run's totals; 410 for a run an earlier version wrote, whose tables lack a measure this version reads. */
    public RunSeries.Table series(RunId id, RunSeries.Period period, Optional<Origin> origin) throws SQLException {
        Path folder = store.folder(id);
        List<String> missing;
        try {
            missing = RunSeries.missingColumns(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!missing.isEmpty()) {
            throw new ClientError(HttpStatus.GONE, "id", "run " + id + " was made by an earlier version of Corridor: its tables have no "
                    + String.join(", ", missing) + "; start it again to see it");
        }
        return RunSeries.query(folder, period, origin);
    }

    public Optional<Path> download(RunId id, String name) {
        return store.download(id, name);
    }

    @Override
    public void close() {
        queue.close();
    }
}
