package org.corridor.sim.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What of the world's state a phase reads and writes (see {@link WorldField}). A field written is
 * listed under writes whether or not the phase also reads it; reads are the fields whose values
 * change what the phase does or counts.
 */
public record Access(Set<WorldField> reads, Set<WorldField> writes) {
    public Access {
        reads = Collections.unmodifiableSet(reads.isEmpty() ? EnumSet.noneOf(WorldField.class) : EnumSet.copyOf(reads));
        writes = Collections.unmodifiableSet(writes.isEmpty() ? EnumSet.noneOf(WorldField.class) : EnumSet.copyOf(writes));
    }

    /** Starts a declaration with the fields read: {@code Access.reads(A, B).writes(C)}. */
    public static Reads reads(WorldField... fields) {
        EnumSet<WorldField> set = EnumSet.noneOf(WorldField.class);
        Collections.addAll(set, fields);
        return new Reads(set);
    }

    /** The fields read, waiting for the fields written. */
    public record Reads(Set<WorldField> fields) {
        public Access writes(WorldField... written) {
            EnumSet<WorldField> set = EnumSet.noneOf(WorldField.class);
            Collections.addAll(set, written);
            return new Access(fields, set);
        }
    }
}
