package org.corridor.sim.engine;

import org.corridor.sim.output.Tally;

/**
 * One monthly process of the model, run over a chunk of households (and so of their members). A
 * phase reads its parameters once, when it is made for a world; then, each month, it reads the
 * month's context and its chunk's state, writes only that state, and adds to the tally. It
 * allocates nothing per person. {@link Phases#of} lists the phases, in order, in one place; the
 * {@link Engine} runs any list of them, so one phase can be run alone on a hand-made world.
 *
 * <p>Each phase declares what of the world's state it reads and writes ({@link #access}), in a table
 * in its class comment and in docs/MODEL.md (section 1.3); tests hold the declarations to the code.
 */
public interface Phase {
    /**
     * The fields of the world's state this phase reads and writes. Read once, by tests and the
     * documentation, never while the world runs.
     */
    Access access();

    /**
     * Works out the month's tables (what depends on the month, origin and place but not on the
     * person), once, before the chunks run. The engine calls it on one thread; {@link #run} may then
     * read what it wrote from any thread.
     */
    default void prepare(Month month) {
    }

    void run(Month month, Chunk chunk, Tally tally);
}
