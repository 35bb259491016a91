package org.corridor.spark.headline;

import java.io.Serializable;
import java.util.List;
import org.corridor.spark.engine.Reduction;
import org.corridor.spark.ensemble.ReplicaKey;

/** A replica reduced to its headline figures, in the order of the cells asked for. */
public record HeadlineValues(ReplicaKey key, double[] values) implements Serializable {
    /** The reduction that computes the cells where the replica ran. */
    public static Reduction<HeadlineValues> of(List<HeadlineCell> cells, double scale) {
        List<HeadlineCell> copy = List.copyOf(cells);
        return run -> {
            double[] v = new double[copy.size()];
            for (int k = 0; k < v.length; k++) {
                HeadlineCell c = copy.get(k);
                v[k] = c.headline().of(run, c.origin().ordinal(), c.year(), scale);
            }
            return new HeadlineValues(run.key(), v);
        };
    }
}
