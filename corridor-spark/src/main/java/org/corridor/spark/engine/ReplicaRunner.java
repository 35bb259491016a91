package org.corridor.spark.engine;

import java.util.List;
import org.corridor.spark.ensemble.ReplicaOutput;
import org.corridor.spark.ensemble.ReplicaTask;

/** Runs replicas somewhere and brings their outputs back, in any order. */
public interface ReplicaRunner {
    /** Told when a replica has finished. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> { };

        void replicaDone(int done, int total);
    }

    /** What runs the replicas, for the manifest ("local[2]", "spark://host:7077", "loop x2"). */
    String engine();

    List<ReplicaOutput> run(List<ReplicaTask> tasks, Progress progress);
}
