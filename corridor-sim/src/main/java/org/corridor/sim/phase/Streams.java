package org.corridor.sim.phase;

/**
 * The random streams: one per decision, so that a draw added to one process leaves every other
 * process's draws unchanged (see {@link org.corridor.sim.random.Draws}). Household-level draws use
 * the household's index in place of the person's, on streams of their own.
 */
final class Streams {
    static final int DEATH = 1;
    static final int RETURN = 2;
    static final int VISIT = 3;
    static final int MIGRATE = 4;
    static final int DESTINATION = 5;
    static final int BORDER = 6;
    static final int REGISTER = 7;
    static final int FORGE = 8;
    static final int AUTHORISE = 9;
    static final int EXAM = 10;
    static final int PAY = 11;
    static final int CHECK = 12;
    static final int BRIBE = 13;
    static final int EXPEL = 14;
    static final int BAN_RECORD = 15;
    static final int JOB_FIND = 16;
    static final int JOB_LOSS = 17;
    static final int SECTOR = 18;
    static final int BROKER = 19;
    static final int WAGE_THEFT = 20;
    static final int CHANNEL = 21;
    static final int INVEST = 22;
    static final int DIVORCE = 23;
    static final int RETURNEE_TYPE = 24;
    static final int ESTRANGED = 25;
    static final int PASSPORT = 26;
    static final int FORMAL = 27;
    static final int FINE = 28;
    static final int SELF_CHECK = 29;
    static final int FORGERY_FOUND = 30;
    static final int REPEAT_BAN = 31;
    static final int NETWORK = 32;
    /** Drawn once per person (month 0): whether they know of a ban list once knowledge of it has spread. */
    static final int BAN_AWARE = 33;
    static final int TRAVEL = 34;
    static final int MORATORIUM = 35;
    /** Drawn each January per unmarried son past the marriage age (keyed by the lasting id): whether he marries this year. */
    static final int MARRY = 36;
    static final int NATURALISE = 37;

    private Streams() {
    }
}
