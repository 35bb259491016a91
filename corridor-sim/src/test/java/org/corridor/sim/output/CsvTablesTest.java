package org.corridor.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTablesTest {
    @Test
    void numbersAreFixedPointWithoutLocale() {
        StringBuilder b = new StringBuilder();
        CsvTables.number(b, 1234.56);
        b.append(' ');
        CsvTables.number(b, -0.04);
        b.append(' ');
        CsvTables.number(b, -2.25);
        b.append(' ');
        CsvTables.share(b, 0.0123456);
        assertEquals("1234.6 0.0 -2.3 0.012346", b.toString());
    }

    @Test
    void everyMonthHasTheFullGridAndCountsAreDividedByTheScale() throws IOException {
        Tally t = new Tally();
        t.add(0, 1, 0, 2, Measure.ABROAD, 3);
        t.add(0, HouseholdMeasure.RECEIVED_USD, 10);
        t.add(0, HouseholdMeasure.HOME_INCOME_USD, 30);
        StringWriter series = new StringWriter();
        CsvTables.writeSeries(series, List.of(YearMonth.of(2010, 1), YearMonth.of(2010, 2)), List.of(t, new Tally()), 0.01);
        String[] lines = series.toString().split("\n");
        assertEquals(1 + 2 * 3 * 5 * 2 * 5, lines.length);
        assertEquals(CsvTables.SERIES_HEADER, lines[0]);
        String row = lines[1 + 2 * 5 * 0 + 2];
        assertEquals("2010-01,TJ,RU_MOW,M,legal-worker,300.0", row.substring(0, row.indexOf(",", "2010-01,TJ,RU_MOW,M,legal-worker,".length())));
        StringWriter households = new StringWriter();
        CsvTables.writeHouseholds(households, List.of(YearMonth.of(2010, 1)), List.of(t), 0.01);
        String[] h = households.toString().split("\n");
        assertEquals(1 + 3, h.length);
        assertEquals(true, h[1].endsWith(",0.250000"), "the share of income from remittances: 10 of 40");
    }
}
