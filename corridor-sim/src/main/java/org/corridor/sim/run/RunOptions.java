package org.corridor.sim.run;

import java.time.YearMonth;

/**
 * How to run a scenario.
 *
 * @param scale agents per real person, in (0, 1]
 * @param from the first month reported; the run starts {@code burnInMonths} earlier
 * @param to the last month simulated and reported
 * @param burnInMonths months simulated before {@code from} so that the stocks abroad build up from
 *     the behaviour rather than from an assumed starting state
 */
public record RunOptions(double scale, long seed, int threads, YearMonth from, YearMonth to, int burnInMonths) {
    /** Three years: most migrants have come and gone at least once by then. */
    public static final int DEFAULT_BURN_IN = 36;

    public RunOptions {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be above 0 and at most 1, got " + scale);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (burnInMonths < 0) {
            throw new IllegalArgumentException("burn-in must be at least 0 months");
        }
    }

    public YearMonth first() {
        return from.minusMonths(burnInMonths);
    }
}
