package org.corridor.spark.ensemble;

import java.io.Serializable;
import java.time.YearMonth;
import org.corridor.sim.scenario.ScenarioText;

/**
 * What an ensemble runs: a scenario (and, unless {@code baseline} is null, its baseline beside it),
 * {@code seeds} seeds times {@code draws} Latin-hypercube draws of the behavioural parameters (0
 * draws: the parameters as they are, one replica per seed), at a scale over a period. The scenario
 * and its baseline use the same seeds and draws.
 *
 * @param seed the first seed; replica seeds are {@code seed, seed + 1, ...}
 * @param drawSeed the seed of the Latin hypercube
 */
public record EnsembleSpec(ScenarioText scenario, ScenarioText baseline, int seeds, int draws, long seed, long drawSeed, double scale,
                           YearMonth from, YearMonth to, int burnInMonths, int threadsPerReplica) implements Serializable {
    /** The most replicas an ensemble runs, per arm. */
    public static final int MAX_REPLICAS = 10_000;

    public EnsembleSpec {
        if (seeds < 1 || seeds > MAX_REPLICAS) {
            throw new IllegalArgumentException("replicas must be between 1 and " + MAX_REPLICAS + ", got " + seeds);
        }
        if (draws < 0 || draws > MAX_REPLICAS) {
            throw new IllegalArgumentException("parameter draws must be between 0 and " + MAX_REPLICAS + ", got " + draws);
        }
        if ((long) seeds * Math.max(draws, 1) > MAX_REPLICAS) {
            throw new IllegalArgumentException("replicas x parameter draws must be at most " + MAX_REPLICAS + ", got "
                    + (long) seeds * Math.max(draws, 1));
        }
    }

    /** Replicas per arm: seeds x draws (seeds alone when the parameters are held). */
    public int replicas() {
        return seeds * Math.max(draws, 1);
    }

    public boolean hasBaseline() {
        return baseline != null;
    }
}
