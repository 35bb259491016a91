package org.corridor.bench.peer;

import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The reduced model the MASON way: a {@link SimState} whose people are {@link Steppable} agents
 * drawing from the model's {@code MersenneTwisterFast}. Two schedules: each agent on the schedule by
 * itself, as in MASON's tutorials, or all agents in one {@link Sequence} stepped once a month, MASON's
 * advice for many agents.
 */
final class MasonReduced extends SimState {
    private static final long serialVersionUID = 1L;

    private final int people;
    private final boolean sequence;
    int abroadCount;

    MasonReduced(int people, long seed, boolean sequence) {
        super(seed);
        this.people = people;
        this.sequence = sequence;
    }

    @Override
    public void start() {
        super.start();
        Steppable[] persons = new Steppable[people];
        for (int i = 0; i < people; i++) {
            persons[i] = new Person();
        }
        if (sequence) {
            schedule.scheduleRepeating(new Sequence(persons));
        } else {
            for (Steppable p : persons) {
                schedule.scheduleRepeating(p);
            }
        }
        // The count starts afresh each month: ordering -1 runs before the people's ordering 0.
        schedule.scheduleRepeating(1.0, -1, (Steppable) state -> abroadCount = 0, 1.0);
    }

    /** One person of the reduced model. */
    static final class Person implements Steppable {
        private static final long serialVersionUID = 1L;
        boolean abroad;
        boolean registered;
        boolean authorised;
        double remitted;

        @Override
        public void step(SimState state) {
            var random = state.random;
            if (!abroad) {
                if (random.nextDouble() < ReducedRules.MIGRATE) {
                    abroad = true;
                    registered = false;
                    authorised = false;
                    ((MasonReduced) state).abroadCount++;
                }
                return;
            }
            if (!registered && random.nextDouble() < ReducedRules.REGISTER) {
                registered = true;
            }
            if (!authorised && random.nextDouble() < ReducedRules.AUTHORISE) {
                authorised = true;
            }
            if (random.nextDouble() < ReducedRules.CHECK && !(registered && authorised)) {
                abroad = false;
                return;
            }
            remitted += ReducedRules.WAGE * ReducedRules.REMIT_SHARE;
            if (random.nextDouble() < ReducedRules.RETURN) {
                abroad = false;
                return;
            }
            ((MasonReduced) state).abroadCount++;
        }
    }
}
