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
 * A destination's working days: Monday to Friday, less its public holidays (dated lists of fixed
 * dates) and the weekdays its government made days off (a holiday falling on a weekend moved to a
 * Monday, bridge days), plus the Saturdays and Sundays made working days in exchange: Russia's
 * production calendar, year by year, as the decrees on moving days off set it.
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

    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> workingWeekends;

    public HolidayCalendar(List<Version> versions) {
        this(versions, Set.of(), Set.of());
    }

    /**
     * @param daysOff weekdays that were not working days beyond the fixed holidays
     * @param workingWeekends Saturdays and Sundays that were working days
     */
    public HolidayCalendar(List<Version> versions, Set<LocalDate> daysOff, Set<LocalDate> workingWeekends) {
        List<Version> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(Version::since));
        this.versions = List.copyOf(sorted);
        this.daysOff = Set.copyOf(daysOff);
        this.workingWeekends = Set.copyOf(workingWeekends);
        for (long d = FIRST; d <= LAST; d++) {
            if (computeWorking(LocalDate.ofEpochDay(d))) {
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
            return computeWorking(day);
        }
        return working.get((int) (d - FIRST));
    }

    private boolean computeWorking(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return workingWeekends.contains(day);
        }
        return !listedHoliday(day) && !daysOff.contains(day);
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
