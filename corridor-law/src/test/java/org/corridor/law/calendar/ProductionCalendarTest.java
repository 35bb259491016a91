package org.corridor.law.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.place.Jurisdiction;
import org.junit.jupiter.api.Test;

/**
 * Russia's production calendar agrees, on every day of 2005-2026, with the oracle's own transcription of the
 * government's decrees on moving days off (written by {@code src/test/oracle/golden.py} from {@code ru_calendar.py}),
 * so both sides of every year's changes are checked, not only the days the golden cases count across.
 */
class ProductionCalendarTest {
    @Test
    void everyDayOf2005To2026AgreesWithTheOracle() throws IOException {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ProductionCalendarTest.class.getResourceAsStream("/oracle/ru-production-calendar.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] parts = line.split(" ");
                    exceptions.put(LocalDate.parse(parts[0]), parts[1].equals("work"));
                }
            }
        }
        HolidayCalendar russia = Assessor.embedded().ruleBook().holidays(Jurisdiction.RU_MOW);
        int days = 0;
        for (LocalDate d = LocalDate.of(2005, 1, 1); !d.isAfter(LocalDate.of(2026, 12, 31)); d = d.plusDays(1)) {
            boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            assertEquals(exceptions.getOrDefault(d, weekday), russia.isWorkingDay(d), d.toString());
            days++;
        }
        assertEquals(8035, days);
        assertEquals(true, exceptions.size() > 300, "exceptions read: " + exceptions.size());
    }
}
