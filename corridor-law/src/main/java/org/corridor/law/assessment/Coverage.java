package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a stay is lawful, as merged intervals of epoch days: the visitor's days, each issued
 * authorisation, each timely application while it awaits its decision, each EAEU contract. A stay can
 * be lawful, then not, then lawful again; overstay is the days present that no interval covers.
 */
final class Coverage {
    /** An end that never comes: an EAEU contract with no recorded end. */
    static final long OPEN = Long.MAX_VALUE;
    private static final java.util.Comparator<long[]> BY_START = (a, b) -> Long.compare(a[0], b[0]);

    private final List<long[]> merged;

    private Coverage(List<long[]> merged) {
        this.merged = merged;
    }

    /**
     * Merges intervals given as [first, last] epoch-day pairs (last may be {@link #OPEN}). The list and
     * its arrays are the caller's working copies, given up: the list is sorted in place and its arrays
     * become the merged intervals.
     */
    static Coverage of(List<long[]> intervals) {
        intervals.sort(BY_START);
        List<long[]> merged = new ArrayList<>(intervals.size());
        for (int k = 0, n = intervals.size(); k < n; k++) {
            long[] i = intervals.get(k);
            if (i[1] < i[0]) {
                continue;
            }
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last[1] == OPEN || i[0] <= last[1] + 1)) {
                last[1] = Math.max(last[1], i[1]);
            } else {
                merged.add(i);
            }
        }
        return new Coverage(merged);
    }

    /** Whether no day at all is lawful (a visitor whose days earlier stays used up, with nothing else). */
    boolean isEmpty() {
        return merged.isEmpty();
    }

    boolean covers(long day) {
        for (long[] i : merged) {
            if (day >= i[0] && day <= i[1]) {
                return true;
            }
        }
        return false;
    }

    /** Days in [first, last] that no interval covers. */
    int uncoveredDays(long first, long last) {
        long covered = 0;
        for (long[] i : merged) {
            long a = Math.max(first, i[0]);
            long b = Math.min(last, i[1]);
            if (a <= b) {
                covered += b - a + 1;
            }
        }
        return (int) Math.max(0, last - first + 1 - covered);
    }

    /** The first day in [first, last] that no interval covers, or null. */
    LocalDate firstUncovered(long first, long last) {
        long day = first;
        for (long[] i : merged) {
            if (i[1] < day) {
                continue;
            }
            if (i[0] > day) {
                break;
            }
            if (i[1] == OPEN) {
                return null;
            }
            day = i[1] + 1;
        }
        return day <= last ? LocalDate.ofEpochDay(day) : null;
    }

    /**
     * The end of the lawful run that matters on {@code day}: the run covering it, or else the last one
     * that ended before it; null where that run is open-ended.
     */
    LocalDate runEnd(long day) {
        long[] before = null;
        for (long[] i : merged) {
            if (i[0] <= day) {
                before = i;
            }
        }
        if (before == null) {
            return merged.isEmpty() ? null : LocalDate.ofEpochDay(merged.get(0)[0] - 1);
        }
        return before[1] == OPEN ? null : LocalDate.ofEpochDay(before[1]);
    }
}
