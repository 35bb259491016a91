package org.corridor.law.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.corridor.law.fact.Purpose;
import org.corridor.law.fact.Stay;
import org.corridor.law.parameter.StayLimit;
import org.junit.jupiter.api.Test;

/** The rolling-window stay limit against a day-by-day count. */
class PresenceTest {
    @Test
    void binarySearchMatchesADayByDayCount() {
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 3000; trial++) {
            List<Stay> earlier = new ArrayList<>();
            LocalDate day = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(60));
            for (int s = 0; s < r.nextInt(4); s++) {
                LocalDate exit = day.plusDays(r.nextInt(100));
                earlier.add(new Stay(day, Purpose.VISIT, exit, false, false, List.of()));
                day = exit.plusDays(r.nextInt(60)); // 0 allows a same-day exit and re-entry
            }
            LocalDate entry = day;
            LocalDate expected = bruteForce(earlier, entry, 90, 180);
            assertEquals(expected, Presence.of(earlier).lastLegalDay(entry, StayLimit.rolling(90, 180, 90)), "trial " + trial + " " + earlier + " entry " + entry);
        }
    }

    @Test
    void aFreshVisitorHasNinetyDaysCountingTheEntryDay() {
        LocalDate entry = LocalDate.of(2016, 1, 1);
        assertEquals(LocalDate.of(2016, 3, 30), Presence.of(List.of()).lastLegalDay(entry, StayLimit.rolling(90, 180, 90)));
    }

    /**
     * The look-back is the limit's own: a stay ending on the day before it can still shorten the new
     * one, and one ending a day earlier never does (the simulation leaves such stays out of its table).
     */
    @Test
    void aStayBeforeTheLookBackCountsForNothing() {
        List<StayLimit> limits = List.of(StayLimit.perEntry(90), StayLimit.rolling(90, 180, 90), StayLimit.rolling(90, 180, 30),
                StayLimit.calendarYear(90, 90));
        SplittableRandom r = new SplittableRandom(11);
        for (StayLimit limit : limits) {
            boolean everMatters = false;
            for (int trial = 0; trial < 2000; trial++) {
                LocalDate entry = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(4000));
                long length = 1 + r.nextInt(120);
                long fresh = StayLimitRule.visitorLastDay(limit, entry.toEpochDay(), -1, -1);
                long beyond = entry.toEpochDay() - limit.lookbackDays() - 1; // the last day outside the look-back
                assertEquals(fresh, StayLimitRule.visitorLastDay(limit, entry.toEpochDay(), beyond - length, beyond), limit + " " + entry);
                long within = beyond + 1 + r.nextInt(Math.max(1, limit.lookbackDays()));
                if (within < entry.toEpochDay()) {
                    everMatters |= StayLimitRule.visitorLastDay(limit, entry.toEpochDay(), within - length, within) != fresh;
                }
            }
            assertEquals(limit.window() != StayLimit.Window.ENTRY, everMatters, limit + ": a stay within the look-back can shorten the new one");
        }
    }

    private static LocalDate bruteForce(List<Stay> earlier, LocalDate entry, int days, int window) {
        LocalDate d = entry;
        while (true) {
            int count = 0;
            for (LocalDate x = d.minusDays(window - 1L); !x.isAfter(d); x = x.plusDays(1)) {
                final LocalDate day = x;
                boolean present = !x.isBefore(entry) || earlier.stream().anyMatch(s -> !day.isBefore(s.entry()) && !day.isAfter(s.exit()));
                if (present) {
                    count++;
                }
            }
            if (count > days) {
                return d.minusDays(1);
            }
            d = d.plusDays(1);
        }
    }
}
