package org.corridor.bench.peer;

import org.corridor.sim.random.Draws;

/**
 * The reduced model the Corridor way: people as columns of primitive arrays, one pass per month,
 * counter-based draws (a pure function of seed, person, month and stream), no objects per person.
 */
final class CorridorReduced {
    private final long seed;
    private final boolean[] abroad;
    private final boolean[] registered;
    private final boolean[] authorised;
    private final double[] remitted;
    private int month;

    CorridorReduced(int people, long seed) {
        this.seed = seed;
        abroad = new boolean[people];
        registered = new boolean[people];
        authorised = new boolean[people];
        remitted = new double[people];
    }

    /** One month for everyone; returns the people abroad at its end. */
    int step() {
        int m = month++;
        int count = 0;
        for (int i = 0; i < abroad.length; i++) {
            if (!abroad[i]) {
                if (Draws.uniform(seed, i, m, 1) < ReducedRules.MIGRATE) {
                    abroad[i] = true;
                    registered[i] = false;
                    authorised[i] = false;
                    count++;
                }
                continue;
            }
            if (!registered[i] && Draws.uniform(seed, i, m, 2) < ReducedRules.REGISTER) {
                registered[i] = true;
            }
            if (!authorised[i] && Draws.uniform(seed, i, m, 3) < ReducedRules.AUTHORISE) {
                authorised[i] = true;
            }
            if (Draws.uniform(seed, i, m, 4) < ReducedRules.CHECK && !(registered[i] && authorised[i])) {
                abroad[i] = false;
                continue;
            }
            remitted[i] += ReducedRules.WAGE * ReducedRules.REMIT_SHARE;
            if (Draws.uniform(seed, i, m, 5) < ReducedRules.RETURN) {
                abroad[i] = false;
                continue;
            }
            count++;
        }
        return count;
    }
}
