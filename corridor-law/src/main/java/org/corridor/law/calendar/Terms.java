package org.corridor.law.calendar;

import java.time.LocalDate;

/** Terms counted in months: a ban of three years, a patent paid for two months. */
public final class Terms {
    private Terms() {
    }

    /**
     * The last day of a term of {@code months} months that starts on {@code first}: the day before the
     * same day-of-month {@code months} later, or the last day of that month where the day does not
     * exist there (three years from 29 February 2016 end on 28 February 2019; a month from 31 January
     * ends on the last day of February).
     */
    public static LocalDate lastDay(LocalDate first, int months) {
        LocalDate same = first.plusMonths(months);
        return same.getDayOfMonth() == first.getDayOfMonth() ? same.minusDays(1) : same;
    }
}
