package org.corridor.app.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.corridor.law.citation.Instrument;
import org.corridor.law.citation.Instruments;
import org.corridor.law.citation.LegalReferences;
import org.corridor.law.citation.Title;
import org.corridor.law.regime.Basis;
import org.junit.jupiter.api.Test;

class LawInWordsTest {
    private static Basis basis(String source, boolean assumption) {
        return new Basis("ru.work.monthly_fee", LocalDate.of(2015, 1, 1), source, assumption, assumption ? "why" : "");
    }

    private static String words(String source, String language) {
        return LawInWords.words(LegalReferences.parse(source).get(0), Messages.of(language));
    }

    @Test
    void goldenRussian() {
        assertEquals("Федеральный закон от 25.07.2002 № 115-ФЗ «О правовом положении иностранных граждан в Российской Федерации», статья 13.3",
                words("Federal Law 115-FZ art. 13.3", "ru"));
        assertEquals("Кодекс Российской Федерации об административных правонарушениях от 30.12.2001 № 195-ФЗ, статьи 18.8(1), 18.10(1)",
                words("Code of Administrative Offences art. 18.8(1), 18.10(1)", "ru"));
        assertEquals("Постановление Правительства Российской Федерации от 24.09.2015 № 1017",
                words("Постановление Правительства РФ от 24.09.2015 N 1017", "ru"));
    }

    @Test
    void goldenTajik() {
        assertEquals("Қонуни федералии Федератсияи Россия аз 25 июли соли 2002, № 115-ФЗ «Дар бораи вазъи ҳуқуқии шаҳрвандони хориҷӣ дар Федератсияи Россия», моддаи 13.3",
                words("Federal Law 115-FZ art. 13.3", "tg"));
        assertEquals("Шартнома дар бораи Иттиҳоди иқтисодии Авруосиё (Остона, 29 майи соли 2014), моддаҳои 97(1), 97(9)",
                words("Treaty on the Eurasian Economic Union art. 97(1), 97(9)", "tg"));
    }

    @Test
    void otherLanguagesPlaceTheArticleTheirWay() {
        assertTrue(words("Federal Law 115-FZ art. 13.3", "ky").endsWith("Федералдык мыйзамы, 13.3-берене"));
        assertTrue(words("Federal Law 115-FZ art. 13, 13.3", "uz").endsWith("Federal qonuni, 13, 13.3-moddalar"));
        assertTrue(words("Federal Law 115-FZ art. 13.3", "en").endsWith("in the Russian Federation”, article 13.3"));
    }

    @Test
    void articlesOfOneActMergeInNaturalOrderAndCitationsKeepEveryPiece() {
        LawInWords.Citations c = LawInWords.of(List.of(
                // each seed line on a line of its own, apart from the article numbers beside it
                basis("Code of Administrative Offences art. 18.8(3); "
                        + "002:2711-2713", false),
                basis("002:2711-2717"
                        + "; Code of Administrative Offences art. 18.10(1), 18.8(1)", true),
                basis("Code of Administrative Offences art. 18.8(3); "
                        + "002:2711-2713", false)), Messages.of("ru"));
        assertEquals(List.of("Кодекс Российской Федерации об административных правонарушениях от 30.12.2001 № 195-ФЗ, статьи 18.8(1), 18.8(3), 18.10(1)"), c.laws());
        assertEquals(List.of("Code of Administrative Offences art. 18.8(3)",
                "002:2711-2713",
                "002:2711-2717 [допущение]",
                "Code of Administrative Offences art. 18.10(1), 18.8(1) [допущение]"), c.citations());
    }

    @Test
    void anActTheParserDoesNotKnowStaysInTheCitationsOnly() {
        LawInWords.Citations c = LawInWords.of(List.of(basis("Federal Law 999-FZ art. 1; Decree of the Head of Tatarstan of January 2025; Federal Law 115-FZ art. 5", false)),
                Messages.of("en"));
        assertEquals(1, c.laws().size());
        assertTrue(c.laws().get(0).startsWith("Federal Law No. 115-FZ"), c.laws().get(0));
        assertEquals(List.of("Federal Law 999-FZ art. 1", "Decree of the Head of Tatarstan of January 2025", "Federal Law 115-FZ art. 5"), c.citations());
    }

    @Test
    void seedLinesAloneGiveNoLaws() {
        LawInWords.Citations c = LawInWords.of(List.of(basis("003:816; 002:2710-2711", false)), Messages.of("tg"));
        assertEquals(List.of(), c.laws());
        assertEquals(List.of("003:816", "002:2710-2711"), c.citations());
    }

    @Test
    void everyInstrumentHasATitleInEveryLanguage() {
        Set<String> ids = new TreeSet<>();
        for (Instrument i : Instruments.embedded().all()) {
            ids.add(i.id());
            for (String language : Messages.LANGUAGES) {
                Title t = InstrumentTitles.embedded().title(i, language).orElse(null);
                assertTrue(t != null && !t.text().isBlank(), i.id() + " has no title in " + language);
            }
        }
        // and the glossary names no act the law does not know (a typo in an id would hide a title)
        assertEquals(Set.of(), InstrumentTitles.embedded().ids().stream().filter(id -> !ids.contains(id)).collect(Collectors.toSet()));
    }

    @Test
    void titlesInTheScriptOfTheirLanguage() {
        for (Instrument i : Instruments.embedded().all()) {
            // Uzbek is written in Latin letters here, Tajik and Kyrgyz in Cyrillic
            String uz = InstrumentTitles.embedded().title(i, "uz").orElseThrow().text();
            assertFalse(uz.chars().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.CYRILLIC), i.id() + ": " + uz);
        }
    }

    @Test
    void naturalOrderOfArticles() {
        List<String> sorted = new java.util.ArrayList<>(List.of("18.10(1)", "97(5)", "13.3", "18.8(3)", "9", "13", "18.8(1.1)", "18.8(1)"));
        sorted.sort(LawInWords.NATURAL);
        assertEquals(List.of("9", "13", "13.3", "18.8(1)", "18.8(1.1)", "18.8(3)", "18.10(1)", "97(5)"), sorted);
    }
}
