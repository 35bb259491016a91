package org.corridor.sim.engine;

/**
 * A step that runs between months, once a year in January before the month's phases, on one thread,
 * and may move people between household blocks (households form and split). The engine rebuilds its
 * chunks (and their lists) after it, and times it apart from the monthly phases. It must be
 * deterministic: its result may depend on the world and the month only, never on the threads.
 */
public interface Relayout {
    /** What of the world it reads and writes (it also moves every column when people change place in memory). */
    Access access();

    /** Forms and splits households in this month, and lays the world out again, one block per household. */
    void run(Month month);
}
