package org.corridor.law.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A destination's public holidays as dated lists of fixed dates. Weekend transfers (when a holiday
 * falling on a Saturday moves the day off to a Monday) are deliberately not modelled: the README's
 * counting conventions count Monday-to-Friday days minus the listed holidays.
 *
 * <p>Working days from 1991 to 2101 are precomputed as one bit per day, so deadline counting does
 * no date arithmetic beyond the epoch day.
 */
public final class HolidayCalendar {
    /** A list of holidays in force from a date. */
    public record Version(LocalDate since, Set<MonthDay> holidays) {
        public Version {
            holidays = Set.copyOf(holidays);
        }
    }

    /** A calendar with no public holidays: weekdays only. */
    public static final HolidayCalendar WEEKDAYS_ONLY = new HolidayCalendar(List.of());

    private static final long FIRST = LocalDate.of(1991, 1, 1).toEpochDay();
    private static final long LAST = LocalDate.of(2101, 12, 31).toEpochDay();

    private final List<Version> versions;
    private final BitSet working = new BitSet((int) (LAST - FIRST + 1));

    public HolidayCalendar(List<Version> versions) {
        List<Version> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(Version::since));
        this.versions = List.copyOf(sorted);
        for (long d = FIRST; d <= LAST; d++) {
            LocalDate day = LocalDate.ofEpochDay(d);
            DayOfWeek dow = day.getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !listedHoliday(day)) {
                working.set((int) (d - FIRST));
            }
        }
    }

    public boolean isHoliday(LocalDate day) {
        return listedHoliday(day);
    }

    public boolean isWorkingDay(LocalDate day) {
        long d = day.toEpochDay();
        if (d < FIRST || d > LAST) {
            DayOfWeek dow = day.getDayOfWeek();
            return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !listedHoliday(day);
        }
        return working.get((int) (d - FIRST));
    }

    /** The {@code n}-th working day after {@code event} (the event day itself is not counted). */
    public LocalDate plusWorkingDays(LocalDate event, int n) {
        long d = event.toEpochDay();
        if (d < FIRST || d + 7L * n + 60 > LAST) {
            LocalDate day = event;
            for (int counted = 0; counted < n; ) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    counted++;
                }
            }
            return day;
        }
        int i = (int) (d - FIRST);
        for (int counted = 0; counted < n; counted++) {
            i = working.nextSetBit(i + 1);
        }
        return LocalDate.ofEpochDay(FIRST + i);
    }

    private boolean listedHoliday(LocalDate day) {
        Version inForce = null;
        for (Version v : versions) {
            if (v.since().isAfter(day)) {
                break;
            }
            inForce = v;
        }
        return inForce != null && inForce.holidays().contains(MonthDay.from(day));
    }
}
