package org.corridor.sim.random;

/**
 * Counter-based random numbers: a draw is a pure function of (seed, person, month, stream), so a
 * person's draws do not depend on which thread simulates them, in which order, or on any other
 * person. The mixing is SplitMix64's finaliser applied to a combination of the four keys, which
 * passes the usual statistical batteries for this use (Steele, Lea and Flood 2014); streams
 * separate the processes so that adding a draw to one leaves the others unchanged.
 */
public final class Draws {
    private static final double UNIT = 0x1.0p-53;

    private Draws() {
    }

    /** A uniform number in [0, 1) for this seed, person (or household), month and stream. */
    public static double uniform(long seed, long person, int month, int stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (person + 1) + 0xC2B2AE3D27D4EB4FL * ((long) month + 1) + 0x165667B19E3779F9L * (stream + 1);
        return (mix(mix(z) ^ person) >>> 11) * UNIT;
    }

    /** True with probability {@code p}. */
    public static boolean chance(long seed, long person, int month, int stream, double p) {
        return p > 0 && uniform(seed, person, month, stream) < p;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
