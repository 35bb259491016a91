package org.corridor.spark.engine;

import java.io.Serializable;
import java.util.List;
import org.corridor.spark.ensemble.ReplicaOutput;
import org.corridor.spark.ensemble.ReplicaTask;

/** Runs replicas somewhere and brings their outputs back. */
public interface ReplicaRunner {
    /** Told when a replica has finished. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> { };

        void replicaDone(int done, int total);
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
