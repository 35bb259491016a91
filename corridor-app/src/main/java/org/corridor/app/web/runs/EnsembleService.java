package org.corridor.app.web.runs;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.corridor.app.ensemble.EnsembleWriter;
import org.corridor.app.web.ClientError;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.ScenarioLoader;
import org.corridor.spark.ensemble.EnsemblePlan;
import org.corridor.spark.ensemble.EnsembleSpec;
import org.corridor.spark.ensemble.EnsembleSummary;
import org.corridor.spark.ensemble.ReplicaOutput;
import org.corridor.spark.ensemble.ReplicaTask;

/**
 * The lab's ensembles: starts a small seed-only one through the server's run queue, one queued run per
 * replica (so an ensemble counts against the queue as its replicas do), and writes it when its last
 * replica is done; and finds the stored ones. The replicas run the same function as
 * {@code corridor ensemble}'s, so a lab ensemble and the command's give the same bands.
 */
public final class EnsembleService {
    /** How far an ensemble is. */
    public record Status(RunStatus.State state, int done, int total, String message) {
    }

    /** An ensemble under way: its plan and the replicas back so far. */
    private record Pending(EnsemblePlan plan, List<RunId> replicaIds, Map<Integer, ReplicaOutput> outputs, AtomicInteger remaining,
                           long started) {
    }

    private final Simulation simulation;
    private final BundledScenarios scenarios;
    private final EnsembleStore store;
    private final RunQueue queue;
    private final Map<RunId, Pending> pending = new ConcurrentHashMap<>();
    /** Told of each ensemble once it is stored (to delete the oldest runs beyond the server's limit). */
    private final Consumer<RunId> stored;

    EnsembleService(Simulation simulation, BundledScenarios scenarios, EnsembleStore store, RunQueue queue, Consumer<RunId> stored) {
        this.simulation = simulation;
        this.scenarios = scenarios;
        this.store = store;
        this.queue = queue;
        this.stored = stored;
    }

    public EnsembleStore store() {
        return store;
    }

    public EnsembleRequest validate(String scenario, Integer replicas, Double scale, Long seed, String from, String to) {
        return EnsembleRequest.validate(scenarios, scenario, replicas, scale, seed, from, to);
    }

    /** Starts the ensemble unless it is stored or under way; refused with 503 when its replicas do not fit the queue. */
    public synchronized RunId start(EnsembleRequest request) {
        RunId id = request.id();
        RunService.refuseIfStartingNone(queue); // before the plan, which builds the scenarios
        if (store.has(id) || (pending.containsKey(id) && status(id).map(s -> s.state() != RunStatus.State.FAILED).orElse(false))) {
            return id;
        }
        boolean againstBaseline = !request.scenario().equals(RunRequest.BASELINE);
        EnsembleSpec spec = new EnsembleSpec(ScenarioLoader.read(request.scenario()), againstBaseline ? ScenarioLoader.read(RunRequest.BASELINE)
                : null, request.replicas(), 0, request.seed(), 1, request.scale(), request.from(), request.to(), RunOptions.DEFAULT_BURN_IN, 1);
        EnsemblePlan plan = EnsemblePlan.of(simulation, spec);
        List<RunId> ids = new ArrayList<>();
        List<RunQueue.Submission> submissions = new ArrayList<>();
        Pending p = new Pending(plan, ids, new ConcurrentHashMap<>(), new AtomicInteger(plan.tasks().size()), System.nanoTime());
        for (int k = 0; k < plan.tasks().size(); k++) {
            ReplicaTask task = plan.tasks().get(k);
            RunId replicaId = new RunId(id.value() + "-" + task.key().arm().key().charAt(0) + task.key().replica());
            ids.add(replicaId);
            int index = k;
            submissions.add(new RunQueue.Submission(replicaId, progress -> replicaDone(id, p, index, task.run())));
        }
        try {
            queue.submitAll(submissions);
        } catch (RunQueue.Full e) {
            throw new ClientError(HttpStatus.SERVICE_UNAVAILABLE, "queue", e.getMessage());
        }
        pending.put(id, p);
        return id;
    }

    /** Keeps a replica's tallies; the last one back summarises and writes the ensemble. */
    private void replicaDone(RunId id, Pending p, int index, ReplicaOutput output) throws IOException {
        p.outputs().put(index, output);
        if (p.remaining().decrementAndGet() > 0) {
            return;
        }
        List<ReplicaOutput> outputs = new ArrayList<>();
        for (int k = 0; k < p.plan().tasks().size(); k++) {
            outputs.add(p.outputs().get(k));
        }
        EnsembleSummary summary = EnsembleSummary.of(outputs, p.plan().spec().scale());
        try {
            EnsembleWriter.write(store.folder(id), p.plan(), outputs, summary, "the web server's run queue",
                    (System.nanoTime() - p.started()) / 1e9);
        } catch (IOException e) {
            // the message names server paths: the log keeps it, the person who asked learns what failed
            throw new IOException("the ensemble's tables could not be written on the server", e);
        }
        pending.remove(id);
        stored.accept(id);
    }

    /** The ensembles queued or running (their last replica writing them included). */
    Set<RunId> underWay() {
        return Set.copyOf(pending.keySet());
    }

    /** Done when stored; else what its replicas in the queue say; empty for an ensemble never heard of. */
    public Optional<Status> status(RunId id) {
        if (store.has(id)) {
            return Optional.of(new Status(RunStatus.State.DONE, 0, 0, ""));
        }
        Pending p = pending.get(id);
        if (p == null) {
            return Optional.empty();
        }
        int done = 0;
        boolean running = false;
        for (RunId r : p.replicaIds()) {
            Optional<RunStatus> s = queue.status(r);
            RunStatus.State state = s.map(RunStatus::state).orElse(RunStatus.State.QUEUED);
            if (state == RunStatus.State.FAILED) {
                return Optional.of(new Status(RunStatus.State.FAILED, done, p.replicaIds().size(), s.get().message()));
            }
            done += state == RunStatus.State.DONE ? 1 : 0;
            running |= state == RunStatus.State.RUNNING;
        }
        // every replica done but not yet written: the last one is writing
        RunStatus.State state = running || done == p.replicaIds().size() ? RunStatus.State.RUNNING : RunStatus.State.QUEUED;
        return Optional.of(new Status(state, done, p.replicaIds().size(), ""));
    }

    public Optional<JsonNode> manifest(RunId id) {
        return store.manifest(id);
    }

    /** The stored ensembles and those under way since the server started. */
    public List<RunId> list() {
        List<RunId> all = new ArrayList<>(pending.keySet().stream().sorted().toList());
        Set<RunId> seen = Set.copyOf(all);
        store.list().stream().filter(id -> !seen.contains(id)).forEach(all::add);
        return all;
    }
}
