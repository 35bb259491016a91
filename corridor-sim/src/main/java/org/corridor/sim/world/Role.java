package org.corridor.sim.world;

/** A person's place in the household, stored as a byte. */
public enum Role {
    HEAD,
    SPOUSE,
    /** A child of the head (or a grandchild, or a son living with his parents with his wife), of any age. */
    CHILD,
    /** A parent of the head or spouse. */
    ELDER,
    /** Another adult: a sibling, an in-law (a son's wife in his parents' household). */
    OTHER;

    public static final Role[] ALL = values();

    public byte code() {
        return (byte) ordinal();
    }

}
