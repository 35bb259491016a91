package org.corridor.sim.engine;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.Origin;

/**
 * Runs the world month by month. Households are cut into fixed chunks; every chunk runs every phase
 * in order for the month, on any thread, into its own tally; the tallies are then added in chunk
 * order. Draws come from {@link org.corridor.sim.random.Draws}, keyed by person, month and stream,
 * so the result is the same for any number of threads.
 */
public final class Engine {
    /** Households per chunk: large enough to amortise the task, small enough to balance the cores. */
    static final int CHUNK = 4096;

    private final World world;
    private final int threads;
    private final List<Phase> phases;

    public Engine(World world, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.world = world;
        this.threads = threads;
        this.phases = Phases.of(world);
    }

    /** A month's results, handed to the caller as the run goes (burn-in months included). */
    public interface Listener {
        void month(Month month, Tally tally);
    }

    /** Runs every month and returns the agent-months simulated (people alive, summed over months). */
    public long run(Listener listener) {
        int households = world.households().count;
        int chunks = (households + CHUNK - 1) / CHUNK;
        Tally[] chunkTallies = new Tally[chunks];
        for (int c = 0; c < chunks; c++) {
            chunkTallies[c] = new Tally();
        }
        long agentMonths = 0;
        Tally last = null;
        ForkJoinPool pool = threads == 1 ? null : new ForkJoinPool(threads);
        try {
            for (int m = 0; m < world.months(); m++) {
                Month month = new Month(world, m, last);
                if (pool == null) {
                    for (int c = 0; c < chunks; c++) {
                        runChunk(month, c, chunkTallies[c]);
                    }
                } else {
                    pool.invoke(new Chunks(this, month, chunkTallies, 0, chunks));
                }
                Tally total = new Tally();
                for (Tally t : chunkTallies) {
                    total.addAll(t);
                }
                for (Origin o : Origin.ALL) {
                    agentMonths += (long) total.get(o.ordinal(), HouseholdMeasure.POPULATION);
                }
                listener.month(month, total);
                last = total;
            }
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        return agentMonths;
    }

    private void runChunk(Month month, int chunk, Tally tally) {
        tally.clear();
        int from = chunk * CHUNK;
        int to = Math.min(world.households().count, from + CHUNK);
        for (Phase phase : phases) {
            phase.run(month, from, to, tally);
        }
    }

    /** Splits the chunks in halves until one is left; the order of work does not affect results. */
    private static final class Chunks extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient Engine engine;
        private final transient Month month;
        private final transient Tally[] tallies;
        private final int from;
        private final int to;

        Chunks(Engine engine, Month month, Tally[] tallies, int from, int to) {
            this.engine = engine;
            this.month = month;
            this.tallies = tallies;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= 1) {
                if (to > from) {
                    engine.runChunk(month, from, tallies[from]);
                }
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Chunks(engine, month, tallies, from, mid), new Chunks(engine, month, tallies, mid, to));
        }
    }
}
