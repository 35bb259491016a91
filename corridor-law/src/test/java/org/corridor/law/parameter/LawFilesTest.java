package org.corridor.law.parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The embedded law itself: every value sourced, every assumption explained, every folder present. */
class LawFilesTest {
    private static final Law LAW = LawLoader.embedded();
    /** A seed citation, or a named law, article, decree, agreement, order, release or page. */
    private static final Pattern SOURCE = Pattern.compile(
            "(0\\d\\d:\\d+)|\\d+-FZ|Law|Code|Treaty|[Aa]greement|Decree|[Rr]esolution|[Oo]rder|[Pp]rotocol|[Dd]ecision|announcement|https?://|Постановление|Закон|Указ|Приказ|\\.(ru|kz|kg|tj|uz|com|org|media|news)\\b|assumed|inferred|practice");

    @Test
    void everyJurisdictionHasItsFolder() {
        Set<String> folders = LAW.parameters().stream().map(p -> p.id().substring(0, p.id().indexOf('.'))).collect(Collectors.toSet());
        assertEquals(Set.of("ru", "kz", "tr", "kg-internal"), folders);
    }

    @Test
    void everyValueCitesASourceAndEveryAssumptionSaysWhy() {
        int values = 0;
        for (Parameter p : LAW.parameters()) {
            assertFalse(p.description().en().isBlank(), p.id() + " has no description");
            for (DatedValue v : p.values()) {
                values++;
                assertTrue(SOURCE.matcher(v.source()).find(), p.id() + " since " + v.since() + ": source '" + v.source() + "' names no law, seed line or page");
                if (v.assumption()) {
                    assertFalse(v.note().isBlank(), p.id() + " since " + v.since() + " is an assumption without a note");
                }
            }
        }
        assertTrue(values > 150, "expected the full corridor law, found " + values + " values");
    }

    /** A key of a file's vocabulary quoted in a Russian description: «patent», «not required», «report-whereabouts». */
    private static final Pattern QUOTED_CODE = Pattern.compile("«[a-z0-9 -]+»");
    /** Latin-script names a Russian text keeps as they are: the RuID app, Turkey's ikamet izni (residence permit). */
    private static final Set<String> NAMES = Set.of("RuID", "ikamet", "izni");

    @Test
    void everyParameterSaysWhatItIsInRussianWithNoEnglishButItsCodes() {
        for (Parameter p : LAW.parameters()) {
            String ru = p.description().ru();
            assertTrue(ru.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC), p.id() + ": no Cyrillic in " + ru);
            assertFalse(ru.equals(p.description().en()), p.id() + ": the Russian description is the English one");
            for (String token : QUOTED_CODE.matcher(ru).replaceAll(" ").split("\\s+")) {
                String word = token.replaceAll("^[(«\"']+|[)»\"',.;:!?]+$", "");
                if (!word.matches(".*[A-Za-z].*")) {
                    continue;
                }
                // a code: a file name, a parameter id or key (ru/work/occupations.yaml, work.duty, ruid-voluntary, 114-ФЗ), or a name
                boolean code = word.matches(".*[-_./0-9].*") || NAMES.contains(word);
                assertTrue(code, p.id() + ": the English word '" + word + "' in the Russian description: " + ru);
            }
        }
    }

    @Test
    void noParameterIsOverriddenBothByCitizenshipAndByRegion() {
        // the lookup tries the citizenship before the region: a parameter with both would hide one
        for (org.corridor.law.place.Jurisdiction j : org.corridor.law.place.Jurisdiction.values()) {
            if (j.regionKey() == null) {
                continue;
            }
            for (Parameter p : LAW.parameters()) {
                if (p.id().endsWith("." + j.regionKey())) {
                    String base = p.id().substring(0, p.id().length() - j.regionKey().length() - 1);
                    for (org.corridor.law.place.Country c : org.corridor.law.place.Citizenships.COVERED) {
                        assertFalse(LAW.parameter(base + "." + c.key()).isPresent(), base + " has both a region and a citizenship override");
                    }
                }
            }
        }
    }

    @Test
    void everyPermitThatIsNotPaidMonthlyHasATerm() {
        for (String folder : new String[] {"ru", "kz", "tr"}) {
            assertTrue(LAW.parameter(folder + ".work.permit_months").isPresent(), folder + " has no work.permit_months");
        }
    }

    @Test
    void theRulesTheBriefNamesAreAllThere() {
        for (String id : new String[] {"ru.entry.migration_card", "ru.registration.deadline", "ru.registration.deadline.tj",
            "ru.registration.deadline.kg", "ru.registration.deadline.kz", "ru.stay.limit",
            "ru.work.authorisation", "ru.work.apply_within", "ru.work.upfront_cost", "ru.work.monthly_fee.mow", "ru.work.medical",
            "ru.work.insurance", "ru.work.exam", "ru.entry.foreign_passport.tj", "ru.ban.overstay", "ru.ban.expulsion_years",
            "ru.ban.forgery_years", "ru.fine.forgery", "ru.ban.repeat_offences.years", "kz.registration.deadline",
            "kz.work.monthly_fee", "kz.stay.limit", "tr.stay.limit", "tr.stay.limit.kg", "tr.residence.permit_required",
            "tr.fine.overstay", "kg-internal.registration.deadline", "kg-internal.registration.min_stay_days",
            "kg-internal.registration.gates"}) {
            assertTrue(LAW.parameter(id).isPresent(), "missing " + id);
        }
    }
}
