package org.corridor.law.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A destination's public holidays as dated lists of fixed dates. Weekend transfers (when a holiday
 * falling on a Saturday moves the day off to a Monday) are deliberately not modelled: the README's
 * counting conventions count Monday-to-Friday days minus the listed holidays.
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

    private final List<Version> versions;

    public HolidayCalendar(List<Version> versions) {
        List<Version> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(Version::since));
        this.versions = List.copyOf(sorted);
    }

    public List<Version> versions() {
        return versions;
    }

    public boolean isHoliday(LocalDate day) {
        Version inForce = null;
        for (Version v : versions) {
            if (v.since().isAfter(day)) {
                break;
            }
            inForce = v;
        }
        return inForce != null && inForce.holidays().contains(MonthDay.from(day));
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** The {@code n}-th working day after {@code event} (the event day itself is not counted). */
    public LocalDate plusWorkingDays(LocalDate event, int n) {
        LocalDate day = event;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
