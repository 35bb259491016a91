package org.corridor.law.regime;

/**
 * How long a visitor may stay: {@code days} per entry when {@code windowDays} is 0, otherwise
 * {@code days} in total within any {@code windowDays} (Russia's "90 in any 180" from 2014,
 * 002:4043-4047). The entry day counts as day 1.
 */
public record StayLimit(int days, int windowDays) {
    public StayLimit {
        if (days <= 0 || windowDays < 0 || (windowDays > 0 && windowDays < days)) {
            throw new IllegalArgumentException("impossible stay limit " + days + " in " + windowDays);
        }
    }

    public boolean rolling() {
        return windowDays > 0;
    }
}
