package org.corridor.spark.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.corridor.spark.ensemble.ReplicaTask;

/**
 * Runs replicas in this JVM, {@code workers} at a time, without Spark: what the web server's lab uses
 * for its small ensembles, and the yardstick Spark's overhead is measured against.
 */
public final class LoopRunner implements ReplicaRunner {
    private final int workers;

    public LoopRunner(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.workers = workers;
    }

    @Override
    public String engine() {
        return "loop x" + workers;
    }

    @Override
    public <R extends Serializable> List<R> run(List<ReplicaTask> tasks, Reduction<R> reduction, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "replica");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<R>> futures = new ArrayList<>();
            for (ReplicaTask task : tasks) {
                futures.add(pool.submit(() -> {
                    R out = reduction.apply(task.run());
                    progress.replicaDone(done.incrementAndGet(), tasks.size());
                    return out;
                }));
            }
            List<R> outputs = new ArrayList<>();
            for (Future<R> f : futures) {
                outputs.add(f.get());
            }
            return Collections.unmodifiableList(outputs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running replicas", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
