package org.corridor.app.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corridor.app.text.Messages;
import org.corridor.law.assessment.Assessment;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.Facts;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;
import org.corridor.law.review.PendingChange;
import org.corridor.law.review.Review;
import org.corridor.law.review.Reviews;
import org.junit.jupiter.api.Test;

/** A proposed change on a plan: in the reader's language where translated, otherwise wholly in Russian, marked as such. */
class PendingInPlanTest {
    private static final Facts WORKER = Facts.of(Country.TJ, Jurisdiction.RU_MOW, new Event(EventKind.ENTRY, LocalDate.of(2026, 11, 10), "work"));
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 2);

    @Test
    void theBundledChangesAreInTheReadersLanguage() {
        Assessment a = Assessor.embedded().assess(WORKER, AS_OF);
        assertFalse(a.review().pending().isEmpty(), "a worker in Moscow is touched by the bills");
        for (String lang : Messages.LANGUAGES) {
            PlanView v = PlanView.of(a, Messages.of(lang), false, false);
            for (PlanView.Pending p : v.pending()) {
                assertEquals(lang, p.lang(), p.text());
            }
            PendingChange first = a.review().pending().get(0);
            assertTrue(v.pending().get(0).text().startsWith(first.text(lang).title() + ": "), lang + ": " + v.pending().get(0).text());
        }
    }

    @Test
    void aChangeNotTranslatedIsShownInRussianLineAndAll() {
        Assessor embedded = Assessor.embedded();
        Review ru = embedded.reviews().all().get("ru");
        PendingChange russianOnly = new PendingChange("x", "A change", "A bill", "introduced", LocalDate.of(2026, 3, 1), "It would change things.",
                PendingChange.Scope.WORKERS, List.of("a page"), Map.of("ru", new PendingChange.Text("Изменение", "Законопроект", "внесён",
                        "Это что-то изменит.")));
        List<Review> reviews = embedded.reviews().all().values().stream()
                .map(r -> r == ru ? new Review(r.folder(), r.reviewed(), r.sourcesTo(), r.scope(), List.of(russianOnly)) : r).toList();
        Assessment a = new Assessor(embedded.ruleBook(), new Reviews(reviews)).assess(WORKER, AS_OF);
        PlanView tg = PlanView.of(a, Messages.of("tg"), false, false);
        assertEquals(List.of(new PlanView.Pending(Messages.of("ru").get("pending.item", "Изменение", "Это что-то изменит.", "внесён",
                Messages.of("ru").date(LocalDate.of(2026, 3, 1))), "ru")), tg.pending());
        PlanView en = PlanView.of(a, Messages.of("en"), false, false);
        assertEquals("en", en.pending().get(0).lang());
        assertTrue(en.pending().get(0).text().startsWith("A change: It would change things."), en.pending().get(0).text());
    }
}
