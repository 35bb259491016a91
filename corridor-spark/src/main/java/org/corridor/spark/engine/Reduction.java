package org.corridor.spark.engine;

import java.io.Serializable;
import java.util.function.Function;
import org.corridor.spark.ensemble.ReplicaOutput;

/**
 * What a replica's tallies are reduced to where it ran, before anything crosses the network: the
 * tallies themselves for an ensemble, a few headline numbers for a sensitivity analysis or a
 * calibration (whose thousands of runs would otherwise bring back gigabytes).
 */
@FunctionalInterface
public interface Reduction<R> extends Function<ReplicaOutput, R>, Serializable {
    static Reduction<ReplicaOutput> tallies() {
        return output -> output;
    }
}
