package org.corridor.app.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.corridor.app.text.Messages;
import org.corridor.law.parameter.StayLimit;
import org.junit.jupiter.api.Test;

/** Every shape of a stay limit and of a deadline the law files can hold is worded in every language, not left in English. */
class PlanViewTest {
    private static final List<StayLimit> LIMITS = List.of(StayLimit.perEntry(90), StayLimit.rolling(90, 180, 90), StayLimit.rolling(90, 180, 30),
            StayLimit.calendarYear(90, 90), StayLimit.calendarYear(90, 30));

    @Test
    void everyStayLimitAndDeadlineIsWordedInEveryLanguage() {
        List<String> terms = new java.util.ArrayList<>(LIMITS.stream().map(StayLimit::terms).toList());
        terms.addAll(List.of("15 days", "7 working days", "1 day"));
        for (String language : Messages.LANGUAGES) {
            Messages m = Messages.of(language);
            for (String t : terms) {
                String worded = PlanView.wordTerms(m, t);
                assertFalse(worded.isBlank(), language + ": " + t);
                if (!language.equals("en")) {
                    assertFalse(worded.contains("days") || worded.contains("entry") || worded.contains("calendar"),
                            language + ": '" + t + "' left in English: " + worded);
                }
            }
        }
        assertEquals("30 days from each entry, 90 in each calendar year", PlanView.wordTerms(Messages.of("en"), StayLimit.calendarYear(90, 30).terms()));
        assertEquals("90 дней в каждом календарном году", PlanView.wordTerms(Messages.of("ru"), StayLimit.calendarYear(90, 90).terms()));
    }
}
