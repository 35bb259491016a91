package org.corridor.spark.engine;

import java.io.Serializable;
import java.util.List;
import org.corridor.spark.ensemble.ReplicaOutput;
import org.corridor.spark.ensemble.ReplicaTask;

/** Runs replicas somewhere and brings their outputs back. */
public interface ReplicaRunner extends AutoCloseable {
    /** Told when a replica has finished. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> { };

        void replicaDone(int done, int total);
    }

    /** Gets ready to run (starts Spark in the background) while the caller prepares its replicas. */
    default void warmUp() {
    }

    /** Lets go of what running took (a Spark context). */
    @Override
    default void close() {
    }

    /** What runs the replicas, for the manifest ("local[2]", "spark://host:7077", "loop x2"). */
    String engine();

    /** Runs the replicas and returns what each was reduced to, in the tasks' order. */
    <R extends Serializable> List<R> run(List<ReplicaTask> tasks, Reduction<R> reduction, Progress progress);

    /** Runs the replicas and returns their tallies, in the tasks' order. */
    default List<ReplicaOutput> run(List<ReplicaTask> tasks, Progress progress) {
        return run(tasks, Reduction.tallies(), progress);
    }
}
