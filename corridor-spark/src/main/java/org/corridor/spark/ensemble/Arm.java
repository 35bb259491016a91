package org.corridor.spark.ensemble;

/** Which run of a pair a replica belongs to, and the pair's difference, replica by replica. */
public enum Arm {
    SCENARIO, BASELINE, DIFFERENCE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
