package org.corridor.law.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The counting conventions of the README. */
class DeadlineTest {
    private static final HolidayCalendar RU_2013 = new HolidayCalendar(List.of(new HolidayCalendar.Version(LocalDate.of(2013, 1, 1),
            Set.of(MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3), MonthDay.of(1, 4), MonthDay.of(1, 5), MonthDay.of(1, 6),
                    MonthDay.of(1, 7), MonthDay.of(1, 8), MonthDay.of(2, 23), MonthDay.of(3, 8), MonthDay.of(5, 1), MonthDay.of(5, 9),
                    MonthDay.of(6, 12), MonthDay.of(11, 4)))));

    @Test
    void withinNDaysEndsOnTheEventDatePlusN() {
        assertEquals(LocalDate.of(2016, 9, 20), Deadline.parse("15 days").dueAfter(LocalDate.of(2016, 9, 5), RU_2013));
        assertEquals(LocalDate.of(2016, 3, 1), Deadline.parse("1 day").dueAfter(LocalDate.of(2016, 2, 29), RU_2013));
    }

    @Test
    void workingDaysSkipWeekendsAndHolidaysWithoutTransfers() {
        // Friday 19 Feb 2016: Mon 22, (Tue 23 Feb holiday), Wed 24 ... the 7th is Wed 2 March
        assertEquals(LocalDate.of(2016, 3, 2), Deadline.parse("7 working days").dueAfter(LocalDate.of(2016, 2, 19), RU_2013));
        // 4 November 2017 is a Saturday: no transfer to Monday, so Monday 6 November counts
        assertEquals(LocalDate.of(2017, 11, 6), Deadline.parse("1 working day").dueAfter(LocalDate.of(2017, 11, 3), RU_2013));
        assertEquals(LocalDate.of(2017, 1, 9), Deadline.parse("1 working day").dueAfter(LocalDate.of(2016, 12, 30), RU_2013));
    }

    @Test
    void zeroWorkingDaysIsTheEventDay() {
        assertEquals(LocalDate.of(2016, 2, 23), Deadline.parse("0 working days").dueAfter(LocalDate.of(2016, 2, 23), RU_2013));
    }

    @Test
    void parsesAndPrintsItsText() {
        assertEquals("7 working days", Deadline.parse("7 Working Days").toString());
        assertEquals("1 month", Deadline.parse("1 month").toString());
        assertThrows(IllegalArgumentException.class, () -> Deadline.parse("a fortnight"));
        assertEquals(10, Deadline.parse("7 working days").approximateCalendarDays());
    }

    @Test
    void holidayVersionsApplyFromTheirDate() {
        HolidayCalendar c = new HolidayCalendar(List.of(new HolidayCalendar.Version(LocalDate.of(2005, 1, 1), Set.of(MonthDay.of(1, 5))),
                new HolidayCalendar.Version(LocalDate.of(2013, 1, 1), Set.of(MonthDay.of(1, 8)))));
        assertEquals(true, c.isHoliday(LocalDate.of(2010, 1, 5)));
        assertEquals(false, c.isHoliday(LocalDate.of(2010, 1, 8)));
        assertEquals(true, c.isHoliday(LocalDate.of(2014, 1, 8)));
        assertEquals(false, c.isHoliday(LocalDate.of(2004, 1, 5)));
    }
}
