package org.corridor.sim.engine;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.Origin;

/**
 * Runs the world month by month. Households are cut into fixed chunks, small enough that a chunk's
 * people stay in a core's cache through all the phases of a month, and the chunks into fixed blocks,
 * the unit of work given to a thread. Every block runs its chunks, each through every phase in order,
 * into the block's own tally; the tallies are then added in block order. Draws come from
 * {@link org.corridor.sim.random.Draws}, keyed by person, month and stream, so the result is the same
 * for any number of threads.
 */
public final class Engine {
    /** Households per chunk: about 5,000 people, whose 39 bytes each fit a 512 KB cache. */
    static final int CHUNK = 1024;
    /**
     * Chunks per block: enough work to amortise a task and keep the tallies few, and blocks enough
     * (18 at scale 0.01) for two or more threads to share evenly.
     */
    static final int BLOCK = 4;

    private final World world;
    private final int threads;
    private final List<Phase> phases;
    private final Relayout relayout;
    private long relayoutNanos;
    private int relayouts;

    /** The engine of the model: every phase of {@link Phases#of}, in order, and the yearly re-layout of {@link Phases#relayout}. */
    public Engine(World world, int threads) {
        this(world, threads, Phases.of(world), Phases.relayout(world));
    }

    /**
     * An engine that runs the given phases, in the order given, each month: one phase alone on a
     * hand-made world in a test, or a variant of the model. The phases must have been made for this
     * world.
     */
    public Engine(World world, int threads, List<Phase> phases) {
        this(world, threads, phases, null);
    }

    /**
     * An engine that runs the given phases each month and, every January after the first month, the
     * re-layout (if not null) before them.
     */
    public Engine(World world, int threads, List<Phase> phases, Relayout relayout) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.world = world;
        this.threads = threads;
        this.phases = List.copyOf(phases);
        this.relayout = relayout;
    }

    /** Seconds spent in the yearly re-layout (and rebuilding the chunks after it), apart from the monthly phases. */
    public double relayoutSeconds() {
        return relayoutNanos / 1e9;
    }

    /** How many times the re-layout has run. */
    public int relayouts() {
        return relayouts;
    }

    /** Cuts the households into chunks, each with the lists of its people abroad and under a ban. */
    private Chunk[] chunks() {
        int households = world.households().count;
        Chunk[] chunks = new Chunk[(households + CHUNK - 1) / CHUNK];
        for (int c = 0; c < chunks.length; c++) {
            int first = c * CHUNK;
            int end = Math.min(households, first + CHUNK);
            int people = (end == households ? world.households().people() : world.households().first[end]) - world.households().first[first];
            chunks[c] = new Chunk(first, end, people);
            chunks[c].listAtStart(world.people(), world.households().first[first], people);
        }
        return chunks;
    }

    private static Tally[] tallies(int chunks) {
        Tally[] tallies = new Tally[(chunks + BLOCK - 1) / BLOCK];
        for (int b = 0; b < tallies.length; b++) {
            tallies[b] = new Tally();
        }
        return tallies;
    }

    /** A month's results, handed to the caller as the run goes (burn-in months included). */
    public interface Listener {
        void month(Month month, Tally tally);
    }

    /** Runs every month and returns the agent-months simulated (people alive, summed over months). */
    public long run(Listener listener) {
        Chunk[] chunks = chunks();
        Tally[] blockTallies = tallies(chunks.length);
        long agentMonths = 0;
        Tally last = null;
        ForkJoinPool pool = threads == 1 ? null : new ForkJoinPool(threads);
        try {
            for (int m = 0; m < world.months(); m++) {
                Month month = new Month(world, m, last);
                if (relayout != null && m > 0 && month.monthOfYear == 1) {
                    long start = System.nanoTime();
                    relayout.run(month);
                    chunks = chunks();
                    if (blockTallies.length != (chunks.length + BLOCK - 1) / BLOCK) {
                        blockTallies = tallies(chunks.length);
                    }
                    relayoutNanos += System.nanoTime() - start;
                    relayouts++;
                }
                int blocks = blockTallies.length;
                for (Phase phase : phases) {
                    phase.prepare(month);
                }
                if (pool == null) {
                    for (int b = 0; b < blocks; b++) {
                        runBlock(month, chunks, b, blockTallies[b]);
                    }
                } else {
                    pool.invoke(new Blocks(this, month, chunks, blockTallies, 0, blocks));
                }
                Tally total = new Tally();
                for (Tally t : blockTallies) {
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

    private void runBlock(Month month, Chunk[] chunks, int block, Tally tally) {
        tally.clear();
        for (int c = block * BLOCK, end = Math.min(chunks.length, c + BLOCK); c < end; c++) {
            for (Phase phase : phases) {
                phase.run(month, chunks[c], tally);
            }
        }
    }

    /** Splits the blocks in halves until one is left; the order of work does not affect results. */
    private static final class Blocks extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient Engine engine;
        private final transient Month month;
        private final transient Chunk[] chunks;
        private final transient Tally[] tallies;
        private final int from;
        private final int to;

        Blocks(Engine engine, Month month, Chunk[] chunks, Tally[] tallies, int from, int to) {
            this.engine = engine;
            this.month = month;
            this.chunks = chunks;
            this.tallies = tallies;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= 1) {
                if (to > from) {
                    engine.runBlock(month, chunks, from, tallies[from]);
                }
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Blocks(engine, month, chunks, tallies, from, mid), new Blocks(engine, month, chunks, tallies, mid, to));
        }
    }
}
