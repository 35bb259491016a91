package org.corridor.sim.engine;

import org.corridor.sim.output.Tally;

/**
 * One monthly process of the model, run over a range of households (and so of their members). A
 * phase reads its parameters once, when it is made for a world; then, each month, it reads the
 * month's context and its own households' state, writes only that state, and adds to the chunk's
 * tally. It allocates nothing per person. {@link Phases#of} lists the phases, in order, in one place.
 */
public interface Phase {
    void run(Month month, int firstHousehold, int endHousehold, Tally tally);
}
