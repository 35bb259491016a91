package org.corridor.app.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.InvalidFactsException;
import org.corridor.law.fact.InvalidFactsException.Reason;
import org.junit.jupiter.api.Test;

/** A mistake in the facts, said in the reader's language: every reason in every bundle, fields by their labels. */
class InvalidFactsTextTest {
    /** Arguments of the reason's kind, as the throw sites give them. */
    private static Object[] sample(Reason r) {
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < r.arity(); i++) {
            args.add(switch (r) {
                case DATE_OUT_OF_RANGE, OVERLAPPING_STAYS -> LocalDate.of(2016, 1, 1 + i);
                case EXIT_BEFORE_ENTRY -> EventKind.EXIT;
                case TOO_MANY_EVENTS -> 60;
                default -> i == 0 ? "2016-02-30" : List.of("TJ", "KG");
            });
        }
        return args.toArray();
    }

    @Test
    void everyReasonHasItsTextInEveryLanguage() {
        for (String lang : Messages.LANGUAGES) {
            Messages m = Messages.of(lang);
            for (Reason r : Reason.values()) {
                String key = InvalidFactsText.key(r);
                assertTrue(m.has(key), lang + " has no " + key);
                InvalidFactsException e = new InvalidFactsException("entry", r, sample(r));
                String text = InvalidFactsText.reason(m, e);
                assertFalse(text.isBlank() || text.contains("{") || text.contains("}"), lang + " " + key + ": " + text);
                if (!lang.equals("en")) {
                    assertFalse(text.equals(e.reason()), lang + " " + key + " is the English of the code");
                }
            }
        }
    }

    @Test
    void argumentsAreWrittenAsTheReaderWritesThem() {
        Messages ru = Messages.of("ru");
        InvalidFactsException overlap = new InvalidFactsException("event entry:2016-03-01", Reason.OVERLAPPING_STAYS, LocalDate.of(2016, 1, 5));
        assertEquals("Въезд (поездка), 1 марта 2016: новый въезд, а у поездки, начатой 5 января 2016, нет выезда: сначала укажите этот выезд",
                InvalidFactsText.of(ru, overlap));
        InvalidFactsException exit = new InvalidFactsException("event exit:2016-08-01", Reason.EXIT_BEFORE_ENTRY, EventKind.EXIT);
        assertTrue(InvalidFactsText.reason(Messages.of("tg"), exit).contains("(" + Messages.of("tg").get("event.exit") + ")"),
                InvalidFactsText.reason(Messages.of("tg"), exit));
        assertEquals("event entry:2016-03-01: overlapping stays: the stay that began on 2016-01-05 has no exit before this entry", overlap.getMessage(),
                "the English for the command line and the API is as before");
        assertEquals("no entry precedes this exit (an exit cannot come before its entry)", exit.reason());
    }

    @Test
    void fieldsAreNamedAsTheFormLabelsThem() {
        Messages ky = Messages.of("ky");
        assertEquals(ky.get("web.field.event", "2"), InvalidFactsText.field(ky, "event-2 (payment)"));
        assertEquals(ky.get("web.field.event", "3"), InvalidFactsText.field(ky, "event-3 (payment date)"));
        assertEquals(ky.get("event.registration"), InvalidFactsText.field(ky, "ev-registration (registration date)"));
        assertEquals(ky.get("web.field.entry"), InvalidFactsText.field(ky, "entry"));
        assertEquals(ky.get("web.field.asOf"), InvalidFactsText.field(ky, "asOf"));
        assertEquals(ky.get("event.exit") + ", " + ky.date(LocalDate.of(2016, 8, 1)), InvalidFactsText.field(ky, "event exit:2016-08-01"));
        assertEquals(ky.get("event.offence") + ", " + ky.date(LocalDate.of(2016, 8, 1)),
                InvalidFactsText.field(ky, "event offence:2016-08-01:18.8(1) (offence)"));
        assertEquals("--entry", InvalidFactsText.field(ky, "--entry"), "a field the form does not have stays as it is");
    }
}
