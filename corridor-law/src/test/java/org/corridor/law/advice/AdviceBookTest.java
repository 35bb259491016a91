package org.corridor.law.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corridor.law.assessment.BanReason;
import org.corridor.law.assessment.ObligationId;
import org.corridor.law.assessment.StatusCondition;
import org.corridor.law.assessment.ViolationKind;
import org.corridor.law.parameter.LawFileException;
import org.corridor.law.place.Country;
import org.junit.jupiter.api.Test;

class AdviceBookTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static AdviceBook parse(String yaml) throws Exception {
        return AdviceBook.parse("test.yaml", YAML.readTree(yaml));
    }

    private static final String CONTACT = """
              - id: office
                kind: office
                country: RU
                name: {ru: "Отдел", en: "Office"}
                short: {ru: "Отдел", en: "Office"}
                source: "page"
                verified: true
            """;

    private static String book(String situations) {
        return "reviewed: 2026-12-02\ncontacts:\n" + CONTACT + "situations:\n" + situations;
    }

    @Test
    void aSituationWithSeveralTriggersAnswersEachOfThemAndOnlyInItsDestination() throws Exception {
        AdviceBook b = parse(book("""
              - id: registration
                when:
                  - {destination: RU, obligation: REGISTRATION, state: missed}
                  - {destination: RU, violation: REGISTRATION_DEADLINE_MISSED}
                now: {en: "Register now", ru: "Встаньте на учёт"}
                steps:
                  - do: {en: "Go", ru: "Идите"}
                    contacts: [office]
                    source: "s"
                    verified: true
            """));
        Trigger missed = new Trigger.MissedObligation(ObligationId.REGISTRATION);
        Trigger violated = new Trigger.Violated(ViolationKind.REGISTRATION_DEADLINE_MISSED);
        assertEquals("registration", b.find(missed, Country.RU, Country.TJ).orElseThrow().id());
        assertEquals("registration", b.find(violated, Country.RU, Country.UZ).orElseThrow().id());
        assertTrue(b.find(missed, Country.KZ, Country.TJ).isEmpty(), "advice for Russia is not given in Kazakhstan");
        assertTrue(b.find(new Trigger.Condition(StatusCondition.OVERSTAY), Country.RU, Country.TJ).isEmpty());
        Situation s = b.find(missed, Country.RU, Country.KG).orElseThrow();
        assertEquals("Office", s.steps().get(0).contacts().get(0).shortName().in("en"));
        assertEquals("Register now", s.now().in("en"));
    }

    @Test
    void untranslatedTextFallsBackToRussianAndSaysSo() {
        Words w = new Words(java.util.Map.of("en", "Go", "ru", "Идите"));
        assertEquals("Идите", w.in("tg"));
        assertFalse(w.translatedInto("tg"));
        assertEquals("Go", w.in("en"));
    }

    @Test
    void aBanForAnyReasonAnswersEveryBanAndTheCheckBeforeTravel() throws Exception {
        AdviceBook b = parse(book("""
              - id: ban
                when: {ban: ANY}
                now: {en: "Check", ru: "Проверьте"}
                steps:
                  - do: {en: "Check", ru: "Проверьте"}
                    source: "s"
                    verified: false
            """));
        for (BanReason r : BanReason.values()) {
            assertTrue(b.find(new Trigger.Banned(Optional.of(r)), Country.TR, Country.UZ).isPresent(), r.name());
        }
        assertTrue(b.find(new Trigger.Banned(Optional.empty()), Country.RU, Country.TJ).isPresent());
    }

    @Test
    void theMostSpecificSituationWins() throws Exception {
        AdviceBook b = parse(book("""
              - id: anywhere
                when: {violation: OVERSTAY}
                now: {en: "a", ru: "а"}
                steps: [{do: {en: "a", ru: "а"}, source: s, verified: true}]
              - id: russia
                when: {violation: OVERSTAY, destination: RU}
                now: {en: "b", ru: "б"}
                steps: [{do: {en: "b", ru: "б"}, source: s, verified: true}]
              - id: russia-tajiks
                when: {violation: OVERSTAY, destination: RU, citizenship: [TJ]}
                now: {en: "c", ru: "в"}
                steps: [{do: {en: "c", ru: "в"}, source: s, verified: true}]
            """));
        Trigger t = new Trigger.Violated(ViolationKind.OVERSTAY);
        assertEquals("russia-tajiks", b.find(t, Country.RU, Country.TJ).orElseThrow().id());
        assertEquals("russia", b.find(t, Country.RU, Country.KG).orElseThrow().id());
        assertEquals("anywhere", b.find(t, Country.KZ, Country.KG).orElseThrow().id());
    }

    @Test
    void badFilesAreRefusedNamingTheField() {
        record Case(String yaml, String field) {
        }
        List<Case> cases = List.of(
                new Case(book("  - {id: x, when: {violation: NOPE}, steps: [{do: {en: a, ru: б}, source: s, verified: true}]}\n"), "situations[0].when.violation"),
                new Case(book("  - {id: x, when: {violation: OVERSTAY, ban: ANY}, steps: [{do: {en: a, ru: б}, source: s, verified: true}]}\n"), "situations[0].when"),
                new Case(book("  - {id: x, when: {obligation: EXAM}, steps: [{do: {en: a, ru: б}, source: s, verified: true}]}\n"), "situations[0].when.obligation"),
                new Case(book("  - {id: x, when: {violation: OVERSTAY}, steps: [{do: {en: a}, source: s, verified: true}]}\n"), "situations[0].steps[0].do.ru"),
                new Case(book("  - {id: x, when: {violation: OVERSTAY}, steps: [{do: {en: a, ru: б}, source: s}]}\n"), "situations[0].steps[0].verified"),
                new Case(book("  - {id: x, when: {violation: OVERSTAY}, steps: [{do: {en: a, ru: б}, contacts: [nobody], source: s, verified: true}]}\n"),
                        "situations[0].steps[0].contacts"),
                new Case(book("  - {id: x, when: {violation: OVERSTAY}, steps: []}\n"), "situations[0].steps"),
                new Case(book("  - {id: x, when: [{violation: OVERSTAY, destination: RU}, {condition: OVERSTAY}], steps: [{do: {en: a, ru: б}, source: s, verified: true}]}\n"),
                        "situations[0].when[1]"),
                new Case("reviewed: 2026-12-02\ncontacts:\n  - {id: a, kind: office, country: RU, name: {ru: x, en: y}, short: {ru: x, en: y}, url: 'ftp://x', source: s, verified: true}\nsituations: []\n",
                        "contacts[0].url"),
                new Case(book("  - {id: x, when: {violation: OVERSTAY}, steps: [{do: {en: a, ru: б}, source: s, verified: true}]}\n"), "situations[0].now"),
                new Case("reviewed: yesterday\ncontacts: []\nsituations: []\n", "reviewed"));
        for (Case c : cases) {
            LawFileException e = assertThrows(LawFileException.class, () -> parse(c.yaml()), c.field());
            assertTrue(e.getMessage().startsWith("test.yaml: " + c.field() + ":"), e.getMessage());
        }
    }

    /** The bundled advice: it loads, its texts are in all five languages, and it answers what the planner asks most. */
    @Test
    void theBundledAdviceCoversTheCommonSituationsInEveryLanguage() {
        AdviceBook b = AdviceBook.embedded();
        assertFalse(b.situations().isEmpty());
        for (Situation s : b.situations()) {
            for (String lang : Words.LANGUAGES) {
                assertTrue(s.now().translatedInto(lang), s.id() + ": now in " + lang);
                for (AdviceStep step : s.steps()) {
                    assertTrue(step.action().translatedInto(lang), s.id() + ": a step in " + lang);
                }
                for (Caution c : s.avoid()) {
                    assertTrue(c.text().translatedInto(lang), s.id() + ": a caution in " + lang);
                }
            }
        }
        for (Contact c : b.contacts().values()) {
            assertTrue(c.shortName() != null && Words.LANGUAGES.stream().allMatch(c.shortName()::translatedInto), c.id() + ": short name in every language");
        }
        Set<Country> origins = EnumSet.of(Country.TJ, Country.KG, Country.UZ);
        List<Trigger> common = List.of(new Trigger.MissedObligation(ObligationId.REGISTRATION), new Trigger.MissedObligation(ObligationId.WORK_AUTHORISATION),
                new Trigger.MissedObligation(ObligationId.PATENT_PAYMENT), new Trigger.Violated(ViolationKind.OVERSTAY),
                new Trigger.Violated(ViolationKind.EXPULSION), new Trigger.Banned(Optional.empty()),
                new Trigger.Condition(StatusCondition.CONTROLLED_PERSONS_REGISTER));
        for (Country c : origins) {
            for (Trigger t : common) {
                assertTrue(b.find(t, Country.RU, c).isPresent(), t + " for " + c);
            }
        }
        assertTrue(b.contacts().values().stream().anyMatch(c -> c.kind() == ContactKind.CONSULATE && c.serves().contains(Country.TJ)),
                "a Tajik is told where their consulate is");
    }
}
