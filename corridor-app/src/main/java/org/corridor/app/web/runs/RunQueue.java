package org.corridor.app.web.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs at most {@code maxRunning} at a time, keeps up to {@code maxQueued} more waiting in the
 * order they came, and refuses the rest. Remembers every job's status (queued, running with its
 * progress, done, failed with why) for as long as the server runs.
 */
public final class RunQueue implements AutoCloseable {
    /** A run's work. It reports its progress from 0 to 1; an exception fails it with the exception's message. */
    @FunctionalInterface
    public interface Job {
        void run(DoubleConsumer progress) throws Exception;
    }

    /** A job and its run's id, to submit. */
    public record Submission(RunId id, Job job) {
    }

    /** The queue has no room for the jobs submitted; none of them was queued. */
    public static final class Full extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Full(String message) {
            super(message);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(RunQueue.class);

    private final int maxRunning;
    private final int maxQueued;
    private final ExecutorService workers;
    private final Map<RunId, RunStatus> statuses = new LinkedHashMap<>();
    /** Runs waiting for a worker, in order. */
    private final List<RunId> waiting = new ArrayList<>();

    /**
     * @param maxRunning 0 for a queue that takes no job ({@link #startsNone}): a server that only shows what is stored
     */
    public RunQueue(int maxRunning, int maxQueued) {
        if (maxRunning < 0 || maxQueued < 0) {
            throw new IllegalArgumentException("need no negative number of workers or queue, got " + maxRunning + " and " + maxQueued);
        }
        this.maxRunning = maxRunning;
        this.maxQueued = maxQueued;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, maxRunning), task -> {
            Thread t = new Thread(task, "corridor-run-" + count.incrementAndGet());
            t.setDaemon(true); // a run in progress must not keep a stopped server alive; its output is then simply not written
            return t;
        });
    }

    /**
     * Queues the jobs whose runs are not already queued or running, all or none: a comparison needs
     * both its runs. Throws {@link Full} when they do not all fit.
     */
    public synchronized void submitAll(List<Submission> submissions) {
        if (startsNone()) {
            throw new Full("this server starts no runs");
        }
        List<Submission> fresh = submissions.stream().filter(s -> !status(s.id()).map(RunStatus::pending).orElse(false)).toList();
        long pending = statuses.values().stream().filter(RunStatus::pending).count();
        if (pending + fresh.size() > maxRunning + maxQueued) {
            throw new Full("the server is busy: " + pending + " runs are running or queued, the most it takes is "
                    + (maxRunning + maxQueued) + "; try again in a few minutes");
        }
        for (Submission s : fresh) {
            waiting.add(s.id());
            statuses.put(s.id(), RunStatus.queued(s.id(), 0));
            workers.execute(() -> execute(s));
        }
    }

    /** True for a queue with no workers, which takes no job. */
    public boolean startsNone() {
        return maxRunning == 0;
    }

    /** The run's status, if it was submitted since the server started. */
    public synchronized Optional<RunStatus> status(RunId id) {
        RunStatus s = statuses.get(id);
        if (s != null && s.state() == RunStatus.State.QUEUED) {
            return Optional.of(RunStatus.queued(id, waiting.indexOf(id)));
        }
        return Optional.ofNullable(s);
    }

    /** Every run submitted since the server started, oldest first. */
    public synchronized List<RunStatus> all() {
        return statuses.keySet().stream().map(id -> status(id).orElseThrow()).toList();
    }

    private void execute(Submission s) {
        synchronized (this) {
            waiting.remove(s.id());
            statuses.put(s.id(), RunStatus.running(s.id(), 0));
        }
        RunStatus outcome;
        try {
            s.job().run(fraction -> update(RunStatus.running(s.id(), Math.max(0, Math.min(1, fraction)))));
            outcome = RunStatus.done(s.id());
        } catch (Exception | OutOfMemoryError e) {
            // The log keeps the cause for whoever runs the server; the person asking gets its message only.
            LOG.error("run {} failed: {}{}", s.id(), e, e.getCause() == null ? "" : " (" + e.getCause() + ")");
            outcome = RunStatus.failed(s.id(), e instanceof OutOfMemoryError ? "the server ran out of memory; try a smaller scale"
                    : e.getMessage() == null ? "the run failed (" + e.getClass().getSimpleName() + ")" : e.getMessage());
        }
        update(outcome);
    }

    private synchronized void update(RunStatus status) {
        statuses.put(status.id(), status);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
