package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corridor.law.fact.Stay;
import org.corridor.law.parameter.StayLimit;

/** The days a person was present in the destination before a stay, as merged intervals of epoch days. */
final class Presence {
    private final long[] from;
    private final long[] to;

    private Presence(long[] from, long[] to) {
        this.from = from;
        this.to = to;
    }

    private static final Presence NONE = new Presence(new long[0], new long[0]);

    /** One earlier stay, from {@code from} to {@code to} (epoch days, both included); none where {@code from} is negative. */
    static Presence single(long from, long to) {
        return from < 0 || to < from ? NONE : new Presence(new long[] {from}, new long[] {to});
    }

    static Presence of(List<Stay> earlierStays) {
        if (earlierStays.isEmpty()) {
            return NONE;
        }
        List<long[]> intervals = new ArrayList<>();
        for (Stay s : earlierStays) {
            if (!s.planned() && s.exit() != null) {
                intervals.add(new long[] {s.entry().toEpochDay(), s.exit().toEpochDay()});
            }
        }
        intervals.sort(Comparator.comparingLong(a -> a[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] i : intervals) {
            if (!merged.isEmpty() && i[0] <= merged.get(merged.size() - 1)[1] + 1) {
                long[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], i[1]);
            } else {
                merged.add(i.clone());
            }
        }
        long[] from = new long[merged.size()];
        long[] to = new long[merged.size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = merged.get(i)[0];
            to[i] = merged.get(i)[1];
        }
        return new Presence(from, to);
    }

    /** Days present within {@code [first, last]}, both included. */
    long daysWithin(long first, long last) {
        long n = 0;
        for (int i = 0; i < from.length; i++) {
            long a = Math.max(first, from[i]);
            long b = Math.min(last, to[i]);
            if (a <= b) {
                n += b - a + 1;
            }
        }
        return n;
    }

    /**
     * The last legal day of a visitor's stay that begins on {@code entry}, if the person stays
     * continuously: the last day on which neither the limit's total within its window (earlier stays
     * included) nor its days in a row are exceeded.
     */
    LocalDate lastLegalDay(LocalDate entry, StayLimit limit) {
        LocalDate total = switch (limit.window()) {
            case ENTRY -> entry.plusDays(limit.days() - 1L);
            case ROLLING -> rolling(entry, limit.days(), limit.windowDays());
            case CALENDAR_YEAR -> calendarYear(entry, limit.days());
        };
        LocalDate inARow = entry.plusDays(limit.inARow() - 1L);
        return total.isBefore(inARow) ? total : inARow;
    }

    /**
     * Under a limit of {@code days} in any {@code window} days: the largest day d such that the days
     * present in the window ending on d (earlier stays plus entry..d) do not exceed the limit. The
     * count never falls while the person stays (a day leaving the window is replaced by a day
     * present), so a binary search finds it.
     */
    private LocalDate rolling(LocalDate entry, int days, int window) {
        long e = entry.toEpochDay();
        long lo = -1;
        long hi = (long) window + days;
        while (lo < hi) {
            long mid = (lo + hi + 1) / 2;
            long d = e + mid;
            long count = daysWithin(d - window + 1, e - 1) + mid + 1;
            if (count <= days) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return entry.plusDays(lo);
    }

    /**
     * Under a limit of {@code days} in each calendar year (Russia from 2025): the days of the entry's
     * year used by earlier stays leave what remains of that year's total. A stay that reaches
     * 31 December within it goes on into the next year, whose count starts afresh on 1 January with
     * the days present from then on (the law counts "in one calendar year", 115-FZ art. 5(1)); the
     * days-in-a-row limit, applied by the caller, bounds such a stay. A stay that runs out of the
     * year's days before 31 December ends there: a new year does not make a stay lawful again once
     * it has become unlawful, since the visitor had to leave when the term expired (115-FZ art. 5(2)).
     */
    private LocalDate calendarYear(LocalDate entry, int days) {
        LocalDate january = entry.withDayOfYear(1);
        long remaining = days - daysWithin(january.toEpochDay(), entry.toEpochDay() - 1);
        if (remaining <= 0) {
            return entry.minusDays(1);
        }
        LocalDate end = entry.plusDays(remaining - 1);
        LocalDate december = january.plusYears(1).minusDays(1);
        return end.isBefore(december) ? end : december.plusDays(days);
    }
}
