package org.corridor.spark.ensemble;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Which replica: its arm, its number (1 to seeds x draws), its seed and its parameter draw (0 when
 * the parameters are held at their values). The driver orders replicas by key before it summarises
 * them, so the summary does not depend on which machine finished first.
 */
public record ReplicaKey(Arm arm, int replica, long seed, int draw) implements Serializable, Comparable<ReplicaKey> {
    private static final Comparator<ReplicaKey> ORDER = Comparator.comparing(ReplicaKey::arm).thenComparingInt(ReplicaKey::replica);

    @Override
    public int compareTo(ReplicaKey other) {
        return ORDER.compare(this, other);
    }
}
