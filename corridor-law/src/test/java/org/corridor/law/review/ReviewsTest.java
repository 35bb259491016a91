package org.corridor.law.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.corridor.law.assessment.Assessment;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.parameter.DatedValue;
import org.corridor.law.parameter.LawFileException;
import org.corridor.law.parameter.LawLoader;
import org.corridor.law.parameter.Parameter;
import org.corridor.law.place.Jurisdiction;
import org.junit.jupiter.api.Test;

/** How current the law is: every jurisdiction reviewed, nothing dated past its review, pending bills never applied. */
class ReviewsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyJurisdictionHasAReviewWithItsScope() {
        for (Jurisdiction j : Jurisdiction.values()) {
            Review r = Reviews.embedded().of(j).orElseThrow(() -> new AssertionError("no review of " + j));
            assertFalse(r.scope().isBlank(), j + " has no scope");
            assertFalse(r.sourcesTo().isAfter(r.reviewed()), j + ": sources after the review");
            for (PendingChange p : r.pending()) {
                assertFalse(p.sources().isEmpty(), p.id() + " names no page");
                assertFalse(p.statusDate().isAfter(r.reviewed()), p.id() + " has a status dated after the review");
            }
        }
    }

    @Test
    void noValueIsDatedAfterItsJurisdictionsReview() {
        Map<String, Review> reviews = Reviews.embedded().all();
        for (Parameter p : LawLoader.embedded().parameters()) {
            Review r = reviews.get(p.id().substring(0, p.id().indexOf('.')));
            for (DatedValue v : p.values()) {
                assertFalse(v.since().isAfter(r.reviewed()), p.id() + " has a value from " + v.since() + ", after the review of " + r.reviewed());
            }
        }
    }

    /** The bills are data the assessment never reads: with them or without, every answer but the note is the same. */
    @Test
    void theAssessmentIsIdenticalWithAndWithoutTheProposedBills() {
        Assessor with = Assessor.embedded();
        List<Review> stripped = with.reviews().all().values().stream()
                .map(r -> new Review(r.folder(), r.reviewed(), r.sourcesTo(), r.scope(), List.of())).toList();
        Assessor without = new Assessor(with.ruleBook(), new Reviews(stripped));
        int withPending = 0;
        for (long seed = 0; seed < 3000; seed++) {
            var s = org.corridor.law.assessment.AssessmentSamples.sample(seed);
            Assessment a = with.assess(s.facts(), s.asOf());
            Assessment b = without.assess(s.facts(), s.asOf());
            assertEquals(a.status(), b.status(), "seed " + seed);
            assertEquals(a.obligations(), b.obligations(), "seed " + seed);
            assertEquals(a.violations(), b.violations(), "seed " + seed);
            assertEquals(a.bans(), b.bans(), "seed " + seed);
            assertEquals(a.notices(), b.notices(), "seed " + seed);
            assertEquals(a.review().mayBeOutOfDate(), b.review().mayBeOutOfDate(), "seed " + seed);
            assertTrue(b.review().pending().isEmpty());
            withPending += a.review().pending().isEmpty() ? 0 : 1;
        }
        assertTrue(withPending > 50, "the sample should reach plans the bills touch, found " + withPending);
    }

    @Test
    void aMalformedReviewNamesTheFileAndField() throws IOException {
        LawFileException e = assertThrows(LawFileException.class, () -> Reviews.parse("ru.yaml", YAML.readTree("""
                jurisdiction: ru
                reviewed: 2026-12-02
                sources_to: 2026-03-18
                scope: s
                pending:
                  - {id: x, title: t, act: a, status: s, status_date: 2026-01-01, would: w, applies_to: everyone, sources: [p]}
                """)));
        assertEquals("ru.yaml: pending[0].applies_to: unknown scope 'everyone' (entrants, workers, patent-workers)", e.getMessage());
        e = assertThrows(LawFileException.class, () -> Reviews.parse("kz.yaml", YAML.readTree("""
                jurisdiction: kz
                reviewed: 2026-12-02
                sources_to: 2027-01-01
                scope: s
                """)));
        assertTrue(e.getMessage().startsWith("kz.yaml: sources_to:"), e.getMessage());
    }

    private static final String PENDING = """
            jurisdiction: ru
            reviewed: 2026-12-02
            sources_to: 2026-03-18
            scope: s
            pending:
              - id: x
                title: t
                act: a
                status: s
                status_date: 2026-01-01
                would: w
                applies_to: workers
                sources: [p]
            """;
    private static final String RUSSIAN = "    title_ru: т\n    act_ru: а\n    status_ru: с\n    would_ru: в\n";

    /** A pending change says what it would do in Russian too; a translation into Tajik, Kyrgyz or Uzbek is whole or absent. */
    @Test
    void aPendingChangeNeedsItsRussianAndWholeTranslations() throws IOException {
        LawFileException e = assertThrows(LawFileException.class, () -> Reviews.parse("ru.yaml", YAML.readTree(PENDING)));
        assertEquals("ru.yaml: pending[0].title_ru: missing: every pending change needs its words in Russian as well as in English", e.getMessage());
        e = assertThrows(LawFileException.class, () -> Reviews.parse("ru.yaml", YAML.readTree(PENDING + RUSSIAN + "    title_tg: т\n")));
        assertEquals("ru.yaml: pending[0].act_tg: missing: a pending change translated into tg needs all of [title, act, status, would] in it",
                e.getMessage());
        e = assertThrows(LawFileException.class, () -> Reviews.parse("ru.yaml", YAML.readTree(PENDING + RUSSIAN.replace("title_ru: т", "title_ru: t"))));
        assertEquals("ru.yaml: pending[0].title_ru: not in Cyrillic letters: t", e.getMessage());
        e = assertThrows(LawFileException.class, () -> Reviews.parse("ru.yaml", YAML.readTree(PENDING + RUSSIAN + RUSSIAN.replace("_ru", "_uz"))));
        assertEquals("ru.yaml: pending[0].title_uz: not Uzbek in Latin letters: т", e.getMessage());
        PendingChange p = Reviews.parse("ru.yaml", YAML.readTree(PENDING + RUSSIAN + "    title_uz: sarlavha\n    act_uz: loyiha\n    status_uz: "
                + "kiritilgan\n    would_uz: oʻzgaradi\n")).pending().get(0);
        assertEquals("t", p.text("en").title());
        assertEquals("en", p.languageFor("en"));
        assertEquals("т", p.text("ru").title());
        assertEquals("ru", p.languageFor("tg"), "Tajik without a translation reads Russian");
        assertEquals("т", p.text("ky").title());
        assertEquals("sarlavha", p.text("uz").title());
        assertEquals("uz-Cyrl", p.languageFor("uz-Cyrl"));
        assertEquals("ўзгаради", p.text("uz-Cyrl").would(), "the Cyrillic is made from the Latin");
    }

    /** Every pending change of the bundled law is in Russian, Tajik, Kyrgyz and Uzbek. */
    @Test
    void everyBundledPendingChangeIsTranslated() {
        for (Review r : Reviews.embedded().all().values()) {
            for (PendingChange p : r.pending()) {
                for (String language : List.of("ru", "tg", "ky", "uz", "uz-Cyrl")) {
                    assertEquals(language, p.languageFor(language), p.id() + " in " + language);
                }
            }
        }
    }
}
