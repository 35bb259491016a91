package org.corridor.sim.phase;

import java.util.Arrays;
import org.corridor.law.assessment.StayLimitRule;
import org.corridor.law.parameter.StayLimit;
import org.corridor.sim.engine.Month;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;

/**
 * The last month of a visitor's lawful stay from this month's entry, by the law's own count of the
 * days ({@link StayLimitRule#visitorLastDay}: 90 per entry, in any 180, in each calendar year; 30 from
 * each entry in Kazakhstan), with the agent's last stay in the same country counted against them: the
 * stay from the month they entered to the month they came home. Entries fall on the first of the
 * month; a stay's lawful days are rounded to whole months, so four days left make the stay irregular
 * from its first month.
 *
 * <p>The answer depends on whole months only (the destination's law, the month, and the months the
 * last stay began and ended), and a stay that ended before the limit's look-back
 * ({@link StayLimit#lookbackDays}) counts for nothing, so the month's answers for every stay an agent
 * can present make a small table, worked out once in {@link #prepare}, which every departure then
 * reads. Until the table, the law's count ran for each departure and took a tenth of the monthly
 * phases' time.
 */
final class VisitorStays {
    /** The longest look-back the table holds, in months; a longer one is counted for each departure. */
    static final int MAX_LOOKBACK_MONTHS = 40;
    private static final int NO_LIMIT = Short.MAX_VALUE;
    private static final double DAYS_PER_MONTH = 30.44;

    /** By origin and place: the law's limit this month, or null. */
    private final StayLimit[] limit = new StayLimit[Origin.ALL.length * Place.ALL.length];
    /** By origin and place: the months before this one a last stay can matter, or -1 to count each departure. */
    private final int[] lookback = new int[limit.length];
    /**
     * By origin and place: the answers, at {@code (monthsSinceEntered * (MAX + 1) + monthsSinceLeft)},
     * and for no last stay at the end. Places under one slot share one table.
     */
    private final int[][] table = new int[limit.length][];
    private final int[] slotOf = new int[limit.length];

    /** Works out the month's table for every origin and destination. */
    void prepare(Month month) {
        for (int o = 0; o < Origin.ALL.length; o++) {
            for (Place place : Place.DESTINATIONS) {
                int k = o * Place.ALL.length + place.ordinal();
                int slot = month.slot(o, place.ordinal());
                slotOf[k] = slot;
                limit[k] = month.law().rules(slot).orElse(StayLimitRule.LIMIT, null);
                int months = limit[k] == null ? 0 : (int) Math.ceil(limit[k].lookbackDays() / 28.0) + 1;
                lookback[k] = months > MAX_LOOKBACK_MONTHS ? -1 : months;
                if (table[k] == null) {
                    table[k] = new int[(MAX_LOOKBACK_MONTHS + 1) * (MAX_LOOKBACK_MONTHS + 1) + 1];
                }
                int shared = sameSlot(k, o);
                if (shared >= 0) {
                    System.arraycopy(table[shared], 0, table[k], 0, table[k].length);
                } else if (limit[k] != null && lookback[k] >= 0) {
                    fill(month, k);
                }
            }
        }
    }

    /** An earlier place of the same origin under the same slot, whose table this month is filled, or -1. */
    private int sameSlot(int k, int origin) {
        for (int j = origin * Place.ALL.length; j < k; j++) {
            if (table[j] != null && slotOf[j] == slotOf[k] && limit[j] != null && lookback[j] >= 0) {
                return j;
            }
        }
        return -1;
    }

    private void fill(Month month, int k) {
        int[] t = table[k];
        int m = month.index;
        int back = lookback[k];
        Arrays.fill(t, NO_LIMIT);
        t[t.length - 1] = exact(month, limit[k], -1, -1);
        for (int sinceEntered = 0; sinceEntered <= back; sinceEntered++) {
            for (int sinceLeft = 0; sinceLeft <= sinceEntered; sinceLeft++) {
                t[sinceEntered * (MAX_LOOKBACK_MONTHS + 1) + sinceLeft] = exact(month, limit[k], m - sinceEntered, m - sinceLeft);
            }
        }
    }

    /**
     * The last lawful month of a stay that begins this month at a destination, after a last stay in the
     * same country from month {@code entered} to the month {@code left} it ended ({@code entered} -1 for
     * none, or a last stay in another country).
     */
    int legalUntil(Month month, int origin, int destination, int entered, int left) {
        int k = origin * Place.ALL.length + destination;
        if (limit[k] == null) {
            return NO_LIMIT;
        }
        int m = month.index;
        int back = lookback[k];
        if (back < 0) {
            return exact(month, limit[k], entered, left);
        }
        int[] t = table[k];
        if (entered < 0 || left < entered || left > m || m - left > back) {
            return t[t.length - 1]; // none, or over before anything of it can count
        }
        // the part of the stay before the look-back counts for nothing, so it starts there at the earliest
        return t[Math.min(back, m - entered) * (MAX_LOOKBACK_MONTHS + 1) + (m - left)];
    }

    /** The law's count itself, for one stay. */
    static int exact(Month month, StayLimit limit, int entered, int left) {
        int m = month.index;
        long entry = month.epochDay(m);
        long from = -1;
        long to = -1;
        if (entered >= 0 && left >= entered) {
            from = month.epochDay(entered);
            to = month.epochDay(left) - 1;
        }
        long lastDay = StayLimitRule.visitorLastDay(limit, entry, from, to);
        return m - 1 + (int) Math.round((lastDay - entry + 1) / DAYS_PER_MONTH);
    }
}
