package org.corridor.app.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.corridor.app.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The planner on the command line: its JSON contract, its text in two languages, and its errors. */
class PlanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("plan", "--json"));
        all.addAll(List.of(args));
        Run r = Run.of(all.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    private static JsonNode obligation(JsonNode plan, String id) {
        for (JsonNode o : plan.get("obligations")) {
            if (o.get("id").asText().equals(id)) {
                return o;
            }
        }
        throw new AssertionError("no obligation " + id + " in " + plan.get("obligations"));
    }

    @Test
    void jsonHasStatusObligationsViolationsAndBans() throws Exception {
        JsonNode plan = json("--citizenship", "TJ", "--destination", "RU", "--entry", "2016-09-05", "--as-of", "2016-09-20");
        assertEquals("legal-visitor", plan.at("/status/code").asText());
        JsonNode registration = obligation(plan, "registration");
        assertEquals("2016-09-20", registration.get("due").asText());
        assertEquals("pending", registration.get("state").asText());
        assertTrue(registration.get("basis").get(0).get("source").asText().contains("002:4042-4043"));
        JsonNode patent = obligation(plan, "work-authorisation");
        assertEquals("package", patent.at("/costs/0/item").asText());
        assertEquals(22000, patent.at("/costs/0/amount").asInt());
        assertEquals("RUB", patent.at("/costs/0/currency").asText());
        assertEquals("advance-payment", patent.at("/costs/1/item").asText(), "the first month is paid before the patent is issued");
        assertEquals(4200, patent.at("/costs/1/amount").asInt());
        assertEquals(10000, patent.at("/ifMissed/fine/min").asInt());
        for (JsonNode o : plan.get("obligations")) {
            assertFalse(o.get("id").asText().equals("patent-payment"), "no monthly payment is due on a patent not yet applied for");
        }
        assertEquals("2016-12-03", obligation(plan, "stay-limit").get("due").asText());
        assertTrue(plan.get("violations").isArray());
        assertTrue(plan.get("bans").isEmpty());
        assertTrue(plan.get("regionDefaulted").asBoolean());
        for (JsonNode o : plan.get("obligations")) {
            assertTrue(List.of("met", "pending", "missed", "not-required").contains(o.get("state").asText()));
            assertTrue(o.get("due").asText().matches("\\d{4}-\\d{2}-\\d{2}"), o.toString());
        }
    }

    @Test
    void bansCarryTheirDatesLengthAndBasis() throws Exception {
        JsonNode plan = json("--citizenship", "UZ", "--destination", "RU", "--region", "other", "--entry", "2016-01-01", "--purpose", "visit",
                "--event", "registration:2016-01-11", "--event", "exit:2016-04-30", "--as-of", "2016-06-01");
        assertEquals("banned", plan.at("/status/code").asText());
        JsonNode ban = plan.get("bans").get(0);
        assertEquals("2016-04-30", ban.get("from").asText());
        assertEquals("2019-04-29", ban.get("until").asText());
        assertEquals(3, ban.get("years").asInt());
        assertTrue(ban.get("basis").get(0).get("source").asText().contains("114-FZ"));
        assertEquals("overstay", plan.at("/violations/0/id").asText());
        assertEquals(31, plan.at("/violations/0/days").asInt());
    }

    @Test
    void obligationsTheLawDoesNotImposeAreNotPending() throws Exception {
        JsonNode plan = json("--citizenship", "KG", "--destination", "RU", "--entry", "2017-03-01", "--as-of", "2017-03-02");
        assertEquals("not-required", obligation(plan, "work-authorisation").get("state").asText());
        for (JsonNode o : plan.get("obligations")) {
            assertFalse(List.of("exam", "patent-payment", "foreign-passport").contains(o.get("id").asText()), o.toString());
        }
    }

    @Test
    void everyDestinationAndCitizenshipPairAnswers() throws Exception {
        for (String c : List.of("TJ", "KG", "UZ", "KZ")) {
            for (String d : List.of("RU", "KZ", "TR")) {
                JsonNode plan = json("--citizenship", c, "--destination", d, "--entry", "2019-05-06", "--as-of", "2019-05-20");
                assertFalse(plan.at("/status/code").asText().isEmpty(), c + " in " + d);
            }
        }
        // past forty-five days without registration (002:7193-7196)
        assertEquals("unregistered-resident", json("--citizenship", "KG", "--destination", "KG", "--entry", "2019-05-06",
                "--as-of", "2019-06-30").at("/status/code").asText());
    }

    @Test
    void kazakhstanNamesItsPermitToALabourImmigrantNotRussiasWorkPermit() {
        Run r = Run.of("plan", "--citizenship", "UZ", "--destination", "KZ", "--entry", "2019-05-06", "--as-of", "2019-05-20", "--lang", "ru");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("разрешение трудовому иммигранту"), r.out());
        assertFalse(r.out().contains("разрешение на работу"), r.out());
    }

    @Test
    void textShowsATimelineWithCostsConsequencesAndSources() {
        Run r = Run.of("plan", "--citizenship", "TJ", "--destination", "RU", "--entry", "2016-09-05", "--as-of", "2016-09-20");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("What to do, by when"), r.out());
        assertTrue(r.out().contains("20 September 2016  TO DO  "), r.out());
        assertTrue(r.out().indexOf("What to do now and next") < r.out().indexOf("What to do, by when"), "what to do next comes first");
        assertTrue(r.out().contains("22,000 RUB"), r.out());
        assertTrue(r.out().contains("if missed: fine of 5,000\u20137,000 RUB; expulsion"), r.out());
        assertTrue(r.out().contains("002:4042-4043"), r.out());
        assertTrue(r.out().contains("info-service.htm?sid=3000"), "where to check for a ban: " + r.out());
    }

    @Test
    void speaksRussian() {
        Run r = Run.of("plan", "--citizenship", "TJ", "--destination", "RU", "--entry", "2016-09-05", "--as-of", "2016-09-20", "--lang", "ru");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("Встать на миграционный учёт"), r.out());
        assertTrue(r.out().contains("22 000 RUB") || r.out().contains("22\u00a0000 RUB") || r.out().contains("22\u202f000 RUB"), r.out());
    }

    /** Uzbek in Cyrillic letters, by its tag in any case; an unknown script is a clear error. */
    @Test
    void speaksUzbekInCyrillic() {
        for (String tag : new String[] {"uz-Cyrl", "uz_cyrl"}) {
            Run r = Run.of("plan", "--citizenship", "UZ", "--destination", "RU", "--entry", "2016-09-05", "--as-of", "2016-09-20", "--lang", tag);
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("Бўлиб турган жойингиз бўйича миграция ҳисобига қўйилинг"), r.out());
            assertTrue(r.out().contains("2016 йил 20 сентябр"), r.out());
        }
        Run latn = Run.of("plan", "--citizenship", "UZ", "--destination", "RU", "--entry", "2016-09-05", "--lang", "uz-Latn");
        assertTrue(latn.exitCode() != 0 && latn.err().contains("uz-Cyrl"), latn.err());
    }

    /** The case: 86 days used in spring 2025 leave four in September, under 90 days per calendar year. */
    @Test
    void theLawOfTodayCountsNinetyDaysPerCalendarYear() throws Exception {
        JsonNode plan = json("--citizenship", "UZ", "--destination", "RU", "--region", "other", "--entry", "2025-01-05", "--purpose", "visit",
                "--event", "exit:2025-03-31", "--event", "entry:2025-09-01:visit", "--as-of", "2025-09-02");
        JsonNode stay = obligation(plan, "stay-limit");
        assertEquals("2025-09-04", stay.get("due").asText());
        assertEquals("90 days per calendar year", stay.get("terms").asText());
        assertEquals("2026-12-02", plan.at("/review/reviewed").asText());
        assertEquals("2026-03-18", plan.at("/review/sourcesTo").asText());
        assertFalse(plan.at("/review/mayBeOutOfDate").asBoolean(), "a plan of September 2025 lies within the review's sources");
        assertTrue(plan.at("/review/pending").isEmpty());
    }

    @Test
    void aPlanPastTheReviewSaysSoAndListsTheBillsThatWouldTouchThePerson() throws Exception {
        JsonNode plan = json("--citizenship", "TJ", "--destination", "RU", "--region", "RU-MOS", "--entry", "2026-11-20", "--as-of", "2026-12-02",
                "--occupation", "kindergarten");
        assertEquals("RU-MOS", plan.get("jurisdiction").asText());
        assertTrue(plan.at("/review/mayBeOutOfDate").asBoolean());
        List<String> pending = new ArrayList<>();
        plan.at("/review/pending").forEach(p -> pending.add(p.get("id").asText()));
        assertTrue(pending.contains("patent-income-and-dependants"), pending.toString());
        plan.at("/review/pending").forEach(p -> assertFalse(p.get("inForce").asBoolean()));
        List<String> notices = new ArrayList<>();
        plan.get("notices").forEach(n -> notices.add(n.get("kind").asText()));
        assertTrue(notices.contains("amina") && notices.contains("occupation-banned"), notices.toString());
        JsonNode work = obligation(plan, "work-authorisation");
        assertEquals("state-duty", work.at("/costs/0/item").asText());
        assertEquals(4200, work.at("/costs/0/amount").asInt());
        assertEquals(10000, work.at("/costs/1/amount").asInt(), "Moscow oblast's 2026 monthly payment");
        Run text = Run.of("plan", "--citizenship", "TJ", "--destination", "RU", "--region", "RU-MOS", "--entry", "2026-11-20", "--as-of", "2026-12-02",
                "--lang", "ru");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("18 марта 2026"), "the plan says how current its law is, with dates as people write them: " + text.out());
    }

    @Test
    void theRegisterConditionCarriesItsDetails() throws Exception {
        JsonNode plan = json("--citizenship", "UZ", "--destination", "RU", "--region", "other", "--entry", "2025-07-01", "--purpose", "visit",
                "--event", "registration:2025-07-05", "--as-of", "2025-10-15");
        List<String> conditions = new ArrayList<>();
        plan.at("/status/conditions").forEach(c -> conditions.add(c.asText()));
        assertTrue(conditions.contains("controlled-persons-register"), conditions.toString());
        JsonNode register = plan.at("/status/register");
        assertEquals("2025-09-29", register.get("since").asText());
        assertEquals(30000, register.at("/cashLimit/amount").asInt());
        assertTrue(register.get("restrictions").toString().contains("banking"));
        assertTrue(register.get("check").toString().contains("gosuslugi"));
        assertEquals("[\"report-when-summoned\",\"report-whereabouts\",\"report-departure\"]", register.get("duties").toString());
        assertEquals(7, register.get("reportEveryDays").asInt(), "MVD Order No. 836, from 2025-02-25");
        assertEquals(2, register.get("breachesToDeportation").asInt());
        assertEquals("exit", register.at("/removal/0").asText());
        assertFalse(register.get("basis").isEmpty());
        Run text = Run.of("plan", "--citizenship", "UZ", "--destination", "RU", "--region", "other", "--entry", "2025-07-01", "--purpose", "visit",
                "--event", "registration:2025-07-05", "--as-of", "2025-10-15", "--lang", "ru");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Пока вы в реестре, вы обязаны:"), text.out());
        assertTrue(text.out().contains("не реже чем раз в 7 дней"), text.out());
        assertTrue(text.out().contains("2 раза или более"), text.out());
        assertTrue(text.out().contains("  - вы выедете из России"), text.out());
    }

    @Test
    void asOfDefaultsToToday() {
        Run r = Run.of("plan", "--citizenship", "UZ", "--destination", "TR", "--entry", "2019-05-06");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("(today)"), r.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--citizenship XX --destination RU --entry 2016-01-01|--citizenship",
        "--citizenship RU --destination RU --entry 2016-01-01|--citizenship",
        "--citizenship TJ --destination FR --entry 2016-01-01|--destination",
        "--citizenship TJ --destination RU --region NSK --entry 2016-01-01|--region",
        "--citizenship TJ --destination RU --entry 2016-06-05 --event exit:2016-06-01|--event exit:2016-06-01: no entry precedes",
        "--citizenship TJ --destination RU --entry 2016-01-05 --event entry:2016-02-01|overlapping stays",
        "--citizenship TJ --destination RU --entry 1990-12-31|--entry: 1990-12-31 is outside",
        "--citizenship TJ --destination RU --entry 2016-01-01 --event exit:2101-01-01|--event exit:2101-01-01",
        "--citizenship TJ --destination RU --entry 2016-01-01 --event exit-2016|not KIND:DATE",
        "--citizenship TJ --destination RU --entry 2016-01-01 --event holiday:2016-02-01|unknown event kind",
        "--citizenship TJ --destination RU --entry 2016-01-01 --lang fr|--lang",
        "--citizenship TJ --destination RU --entry 2016-01-01 --purpose tourism|--purpose",
        "--citizenship TJ --destination RU --entry 2016-01-01 --as-of 2016-02-30|--as-of",
        "--citizenship TJ --destination RU|--entry",
        "--citizenship TJ --destination KG --entry 2016-01-01|--destination",
        "--destination RU --entry 2016-01-01|--citizenship",
        "--citizenship TJ --destination RU --entry 2016-01-01 --bogus|--bogus",
        "--citizenship TJ --destination RU --entry 2025-01-01 --occupation astronaut|--occupation: 'astronaut' is not a known occupation",
        "--citizenship TJ --destination RU --entry 2025-01-01 --occupation Courier!|--occupation: 'Courier!' is not an occupation key",
        "--citizenship UZ --destination KZ --entry 2025-01-01 --occupation courier|--occupation: occupations matter only in Russia",
        "--citizenship TJ --destination RU --entry 2025-01-01 --event amnesty:2024-12-01|--event amnesty:2024-12-01: falls outside any stay",
    })
    void badInputGetsOneLineNamingTheOptionAndExitCodeTwo(String args, String expected) {
        List<String> all = new ArrayList<>(List.of("plan"));
        all.addAll(List.of(args.split(" ")));
        Run r = Run.of(all.toArray(String[]::new));
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("", r.out());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("corridor plan: "), lines[0]);
        assertTrue(lines[0].contains(expected), lines[0]);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "--version"})
    void helpAndVersionWork(String option) {
        Run r = Run.of(option);
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("corridor"), r.out());
    }
}
