package org.corridor.law.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridor.law.place.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets a message that names the field and says what is wrong. */
class FactsInputTest {
    private static InvalidFactsException bad(String citizenship, String destination, String region, String... events) {
        return assertThrows(InvalidFactsException.class, () -> FactsInput.parse(citizenship, destination, region, List.of(events)));
    }

    @Test
    void acceptsAPlainHistory() {
        Facts f = FactsInput.parse("tj", "ru", null, List.of("entry:2016-09-05:work", "registration:2016-09-10", "exit:2016-12-01"));
        assertEquals(Jurisdiction.RU_MOW, f.jurisdiction());
        assertEquals(3, f.events().size());
        assertEquals(Jurisdiction.RU_SPE, FactsInput.jurisdiction("RU", "spe"));
        assertEquals(Jurisdiction.RU_SPE, FactsInput.jurisdiction("RU", "RU-SPE"));
        assertEquals(Jurisdiction.KG_INTERNAL, FactsInput.jurisdiction("KG", null));
    }

    @ParameterizedTest
    @CsvSource({
        "XX, RU, citizenship",
        "RU, RU, citizenship",
        "TJ, FR, destination",
        "TJ, UZ, destination",
        "TJ, KG, destination",
    })
    void rejectsUnknownOrUncoveredCountries(String citizenship, String destination, String field) {
        assertEquals(field, bad(citizenship, destination, null, "entry:2016-01-01").field());
    }

    @Test
    void rejectsAnUnknownRegion() {
        InvalidFactsException e = bad("TJ", "RU", "NSK", "entry:2016-01-01");
        assertEquals("region", e.field());
        assertTrue(e.getMessage().contains("mow"), e.getMessage());
    }

    @Test
    void rejectsAnExitBeforeItsEntry() {
        InvalidFactsException e = bad("TJ", "RU", null, "entry:2016-06-05", "exit:2016-06-01");
        assertTrue(e.getMessage().contains("exit:2016-06-01"), e.getMessage());
        assertTrue(e.getMessage().contains("no entry precedes"), e.getMessage());
    }

    @Test
    void rejectsOverlappingStays() {
        InvalidFactsException e = bad("TJ", "RU", null, "entry:2016-01-05", "entry:2016-03-01", "exit:2016-04-01");
        assertTrue(e.getMessage().contains("overlapping stays"), e.getMessage());
    }

    @Test
    void rejectsEventsOutsideAnyStay() {
        InvalidFactsException e = bad("TJ", "RU", null, "entry:2016-01-05", "exit:2016-02-01", "registration:2016-03-01");
        assertTrue(e.getMessage().contains("outside any stay"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "entry:1990-12-31|outside 1991-01-01..2100-12-31",
        "entry:2101-01-01|outside 1991-01-01..2100-12-31",
        "entry:2016-02-30|not a date",
        "entry|not KIND:DATE",
        "arrival:2016-01-01|unknown event kind 'arrival'",
        "entry:2016-01-01:holiday|purpose 'holiday' is not work or visit",
        "entry:2016-01-01:work:extra|not KIND:DATE",
    })
    void rejectsMalformedEvents(String event, String message) {
        InvalidFactsException e = bad("TJ", "RU", null, event);
        assertEquals("event 1", e.field().replaceAll(" \\(.*", ""));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"0", "13", "x", "1.5"})
    void rejectsImpossibleMonthsPaid(String months) {
        InvalidFactsException e = bad("TJ", "RU", null, "entry:2016-01-01", "authorisation:2016-01-20", "payment:2016-01-20:" + months);
        assertTrue(e.getMessage().contains("months paid"), e.getMessage());
    }

    @Test
    void rejectsAValueOnAnEventThatTakesNone() {
        InvalidFactsException e = bad("TJ", "RU", null, "entry:2016-01-01", "exam:2016-01-10:passed");
        assertTrue(e.getMessage().contains("takes no value"), e.getMessage());
    }

    @Test
    void keepsTheGivenOrderOfSameDayEvents() {
        Facts visaRun = FactsInput.parse("UZ", "RU", null, List.of("entry:2012-01-01", "exit:2012-03-30", "entry:2012-03-30"));
        assertEquals(EventKind.ENTRY, visaRun.events().get(2).kind());
        Facts dayTrip = FactsInput.parse("UZ", "RU", null, List.of("entry:2012-03-30", "exit:2012-03-30"));
        assertEquals(EventKind.EXIT, dayTrip.events().get(1).kind());
    }
}
