package org.corridor.law.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.corridor.law.fact.InvalidFactsException.Reason;
import org.junit.jupiter.api.Test;

/** The typed reason of a mistake in the facts, and its English for the command line and the API. */
class InvalidFactsExceptionTest {
    @Test
    void theEnglishTextFillsTheArgumentsAndKeepsTheQuotes() {
        InvalidFactsException e = new InvalidFactsException("entry", Reason.NOT_A_DATE, "2016-02-30");
        assertEquals("entry: '2016-02-30' is not a date (expected YYYY-MM-DD)", e.getMessage());
        assertEquals("'2016-02-30' is not a date (expected YYYY-MM-DD)", e.reason());
        assertEquals(Reason.NOT_A_DATE, e.kind());
        assertEquals("not-a-date", e.kind().key());
        assertEquals("the number cannot contain ':'", new InvalidFactsException("event-1", Reason.NUMBER_WITH_COLON).reason());
        assertEquals("1990-12-31 is outside 1991-01-01..2100-12-31",
                new InvalidFactsException("entry", Reason.DATE_OUT_OF_RANGE, LocalDate.of(1990, 12, 31), Event.FIRST_DAY, Event.LAST_DAY).reason());
        assertEquals("no entry precedes this expulsion (an exit cannot come before its entry)",
                new InvalidFactsException("event", Reason.EXIT_BEFORE_ENTRY, EventKind.EXPULSION).reason());
    }

    @Test
    void aReasonTakesExactlyItsArguments() {
        assertThrows(IllegalArgumentException.class, () -> new InvalidFactsException("entry", Reason.NOT_A_DATE));
        assertThrows(IllegalArgumentException.class, () -> new InvalidFactsException("entry", Reason.ENTRY_MISSING, "x"));
    }

    @Test
    void everyReasonHasItsOwnKeyAndNoStrayBraces() {
        Set<String> keys = new HashSet<>();
        for (Reason r : Reason.values()) {
            assertTrue(keys.add(r.key()), r.key());
            String english = r.english(new Object[r.arity()]);
            assertTrue(!english.contains("{") && !english.contains("''"), r + ": " + english);
        }
    }
}
