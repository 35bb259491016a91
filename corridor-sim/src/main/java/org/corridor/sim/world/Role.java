package org.corridor.sim.world;

/** A person's place in the household, stored as a byte. */
public enum Role {
    HEAD,
    SPOUSE,
    /** A child of the head (or a grandchild), of any age. */
    CHILD,
    /** A parent of the head or spouse. */
    ELDER,
    /** Another adult: a sibling, an in-law. */
    OTHER;

    public static final Role[] ALL = values();

    public byte code() {
        return (byte) ordinal();
    }

    /** Heads and spouses are the parents of the household's children in the model. */
    public static boolean parent(int code) {
        return code == HEAD.ordinal() || code == SPOUSE.ordinal();
    }
}
