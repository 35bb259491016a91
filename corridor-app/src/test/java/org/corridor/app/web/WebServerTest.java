package org.corridor.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.corridor.app.text.Messages;
import org.corridor.app.web.runs.RunService;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.parameter.Description;
import org.corridor.law.parameter.LawLoader;
import org.corridor.sim.run.Simulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every route of the web server, in-process on a free port: pages, API, errors, limits and headers. */
class WebServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Javalin app;
    private static RunService runs;
    private static String base;

    @BeforeAll
    static void start(@TempDir Path data) {
        runs = new RunService(Simulation.embedded(), data, 1, 0);
        app = WebServer.create(Assessor.embedded(), runs, Reports.forTests()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
        runs.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> form(Map<String, String> fields) throws IOException, InterruptedException {
        return post("/", "application/x-www-form-urlencoded", encode(fields));
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Test
    void thePlannerPageIsSmallScriptFreeAndLocked() throws Exception {
        HttpResponse<String> page = get("/?lang=en");
        assertEquals(200, page.statusCode());
        String type = page.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        assertTrue(type.startsWith("text/html;charset=utf-8"), type);
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(page.body().contains("<script"), "no script");
        assertFalse(page.body().contains(" style="), "no inline style");
        assertFalse(page.body().matches("(?s).*(https?:)?//[a-z0-9.-]+\\.(com|net|org|io)/.*"), "no third-party host");
        HttpResponse<String> css = get("/static/corridor.css");
        assertEquals(200, css.statusCode());
        for (String lang : Messages.LANGUAGES) {
            long weight = get("/?lang=" + lang).body().getBytes(StandardCharsets.UTF_8).length + css.body().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(weight < 15 * 1024, "the first view in " + lang + " weighs " + weight + " bytes of HTML and CSS");
        }
    }

    /** A plan with a missed step, as most people who need the planner have, stays light on a slow connection. */
    @Test
    void aPlanWithAMissedStepWeighsUnderFortyKilobytes() throws Exception {
        for (String lang : Messages.LANGUAGES) {
            HttpResponse<String> plan = form(Map.of("lang", lang, "citizenship", "TJ", "destination", "RU", "region", "MOW", "entry", "2026-11-10",
                    "purpose", "work", "asOf", "2026-12-02"));
            assertEquals(200, plan.statusCode());
            long weight = plan.body().getBytes(StandardCharsets.UTF_8).length + get("/static/corridor.css").body().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(weight < 40 * 1024, "a plan in " + lang + " weighs " + weight + " bytes of HTML and CSS");
            assertTrue(plan.body().indexOf("class=\"next\"") < plan.body().indexOf("class=\"timeline\""), "what to do now comes first");
        }
    }

    /** The plan's other views: print opens every folded part and drops the form; share is short plain text with no link. */
    @Test
    void thePrintAndShareViewsOfAPlan() throws Exception {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("lang", "ru", "citizenship", "TJ", "destination", "RU", "region", "MOW",
                "entry", "2026-11-10", "purpose", "work", "asOf", "2026-12-02", "ev-medical", "2026-11-12"));
        fields.put("view", "print");
        String print = form(fields).body();
        assertTrue(print.contains("<details class=\"done\" open>"), "done steps are open to print");
        assertFalse(print.contains("class=\"plan-form\"") || print.contains("class=\"actions\""), "no form in the print version");
        fields.put("view", "share");
        String page = form(fields).body();
        java.util.regex.Matcher area = java.util.regex.Pattern.compile("(?s)<textarea[^>]*>(.*?)</textarea>").matcher(page);
        assertTrue(area.find(), page);
        String share = area.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertTrue(share.length() < 1000, share.length() + " characters: " + share);
        assertTrue(share.contains("2 декабря 2026") && share.contains(Messages.of("ru").get("plan.now")), share);
        assertFalse(share.contains("http"), "no link that could carry the plan");
        fields.put("view", "nonsense");
        HttpResponse<String> bad = form(fields);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains(Messages.of("ru").get("web.field.view")), "the error names the field");
    }

    /** An event row's mistakes name the row in the reader's language; a value and a number at once are refused. */
    @Test
    void eventRowsAreCheckedRowByRow() throws Exception {
        String base = "lang=ru&citizenship=TJ&destination=RU&region=MOW&entry=2026-11-10&purpose=work&asOf=2026-12-02";
        HttpResponse<String> unknown = post("/", "application/x-www-form-urlencoded",
                base + "&event-kind=&event-date=&event-value=&event-number=&event-kind=flight&event-date=2026-11-20&event-value=&event-number=");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains(Messages.of("ru").get("web.field.event", "2") + ":"), "the second row is named: " + unknown.body());
        HttpResponse<String> both = post("/", "application/x-www-form-urlencoded",
                base + "&event-kind=payment&event-date=2026-11-20&event-value=work&event-number=3");
        assertEquals(400, both.statusCode());
        HttpResponse<String> payment = post("/", "application/x-www-form-urlencoded",
                base + "&event-kind=application&event-date=2026-11-12&event-value=patent&event-number=");
        assertEquals(200, payment.statusCode());
        assertTrue(payment.body().contains("name=\"event-value\" value=\"patent\""), "the row is kept as given, for the plan's buttons");
    }

    /** "Add to my calendar": a POST answered with an iCalendar file holding every due date ahead, read by python3-icalendar. */
    @Test
    void theCalendarFileHoldsEveryDueDateAhead() throws Exception {
        Map<String, String> fields = Map.of("lang", "tg", "citizenship", "TJ", "destination", "RU", "region", "MOW",
                "entry", java.time.LocalDate.now().minusDays(3).toString(), "purpose", "work");
        HttpResponse<byte[]> ics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/plan.ics"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(ics.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(ics.headers().firstValue("Content-Security-Policy").isPresent());
        JsonNode calendar = org.corridor.app.plan.IcsReader.parse(ics.body());
        java.util.Set<String> dates = new java.util.TreeSet<>();
        calendar.get("events").forEach(e -> dates.add(e.get("start").asText()));
        JsonNode plan = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/plan"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"citizenship\":\"TJ\",\"destination\":\"RU\",\"region\":\"MOW\",\"entry\":\"" + fields.get("entry") + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        java.util.Set<String> due = new java.util.TreeSet<>();
        plan.get("obligations").forEach(o -> {
            if (o.path("state").asText().equals("pending") && o.hasNonNull("due")) {
                due.add(o.get("due").asText());
            }
        });
        assertFalse(due.isEmpty());
        assertTrue(dates.containsAll(due), "every due date ahead is in the calendar: " + due + " in " + dates);
        calendar.get("events").forEach(e -> assertFalse(e.get("alarms").isEmpty(), "each date has its reminder"));
    }

    /** Names, codes and words that are the same in every language: the product, apps, and the Turkish terms the glossary keeps. */
    private static final java.util.Set<String> NAMES = java.util.Set.of("Corridor", "README", "Amina", "RuID", "Oʻzbekcha", "English", "ikamet",
            "izni");

    /** Four plans a reader of {@code lang} may get: a new worker in Moscow, an older stay in the Moscow region, Kazakhstan, Turkey. */
    private static java.util.List<Map<String, String>> samplePlans(String lang) {
        return java.util.List.of(
                Map.of("lang", lang, "citizenship", "UZ", "destination", "RU", "region", "MOW", "entry", "2026-11-10", "purpose", "work", "asOf", "2026-12-02"),
                Map.of("lang", lang, "citizenship", "UZ", "destination", "RU", "region", "MOS", "entry", "2025-01-10", "purpose", "work", "asOf", "2025-09-02"),
                Map.of("lang", lang, "citizenship", "TJ", "destination", "KZ", "entry", "2026-01-10", "purpose", "work", "asOf", "2026-06-02"),
                Map.of("lang", lang, "citizenship", "UZ", "destination", "TR", "entry", "2026-01-10", "purpose", "visit", "asOf", "2026-06-02"));
    }

    /**
     * The words a reader of a page reads: without the citations (the raw source lines), the language
     * switcher (each language in its own script), the markup, addresses (URLs, domains) and e-ikamet.
     */
    static String readText(String body) {
        return body.replaceAll("(?s)<details class=\"citations\">.*?</details>", " ")
                .replaceAll("(?s)<nav class=\"langs\".*?</nav>", " ")
                .replaceAll("(?s)<[^>]*>", " ").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")
                .replaceAll("(https?://|www\\.)[^\\s<]+|[\\w.-]+\\.(ru|uz|kz|tr|com|org)\\b|e-ikamet", " ");
    }

    /** The words of {@code text} (Latin letters, with Uzbek's ʻ and ʼ) that {@code stray} picks out, each in its context. */
    static java.util.Set<String> strayWords(String text, java.util.function.Predicate<String> stray) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-zʻʼ]+").matcher(text);
        while (m.find()) {
            String w = m.group();
            if (!NAMES.contains(w) && !w.matches("[A-Z]{2,4}") && stray.test(w)) {
                found.add(w + " in \"" + text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 20)).replaceAll("\\s+", " ") + "\"");
            }
        }
        return found;
    }

    /**
     * A plan in a Cyrillic language (Russian, Tajik, Kyrgyz, Uzbek Cyrillic) has no word in Latin
     * letters outside the citations (the raw source lines), the codes (MOW, RUB), names (Corridor,
     * the Amina and RuID apps, the Turkish e-ikamet and ikamet izni, the Turkish term the glossary
     * keeps), the language switcher (each language in its own script) and addresses (URLs). The
     * proposed changes are read too: their words are translated into every one of these languages.
     */
    @Test
    void aPlanInACyrillicLanguageHasNoLatinWords() throws Exception {
        for (String lang : java.util.List.of("uz-Cyrl", "ru", "tg", "ky")) {
            for (Map<String, String> fields : samplePlans(lang)) {
                HttpResponse<String> plan = form(fields);
                assertEquals(200, plan.statusCode());
                String body = plan.body();
                assertTrue(body.contains("<html lang=\"" + lang + "\">"), "the page says its language and script");
                assertTrue(body.contains("class=\"timeline\""), "a plan was drawn: " + fields);
                String text = readText(body);
                java.util.Set<String> latin = strayWords(text, w -> true);
                assertTrue(latin.isEmpty(), "Latin words in the plan " + fields + ": " + latin);
            }
        }
        String switcher = get("/?lang=uz-Cyrl").body();
        for (String code : Messages.LANGUAGES) {
            assertTrue(switcher.contains("lang=\"" + code + "\">" + Messages.NAMES.get(code) + "</a>")
                    || switcher.contains("lang=\"" + code + "\" aria-current=\"true\">" + Messages.NAMES.get(code) + "</a>"), code + " by its own name");
        }
        assertTrue(switcher.contains(">Русский</a>") && switcher.contains(">Тоҷикӣ</a>") && switcher.contains(">Кыргызча</a>")
                && switcher.contains(">Oʻzbekcha</a>") && switcher.contains(">Ўзбекча</a>") && switcher.contains(">English</a>"), switcher);
        HttpResponse<String> byBrowser = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Accept-Language", "uz-Cyrl-UZ, ru;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(byBrowser.body().contains("<html lang=\"uz-Cyrl\">"));
        assertTrue(get("/advice?lang=uz-cyrl").body().contains("<html lang=\"uz-Cyrl\">"), "the tag in any case");
    }

    /**
     * A plan in Uzbek (Latin letters) has no English word outside the citations, codes and names: no
     * word of Debian's English word list ({@link EnglishWords}) unless it is also an Uzbek word the
     * plans use ({@link EnglishWords#UZBEK}).
     */
    @Test
    void aPlanInUzbekLatinHasNoEnglishWords() throws Exception {
        EnglishWords english = EnglishWords.load();
        java.util.List<String> pages = new java.util.ArrayList<>();
        pages.add(get("/?lang=uz").body());
        for (Map<String, String> fields : samplePlans("uz")) {
            HttpResponse<String> plan = form(fields);
            assertEquals(200, plan.statusCode());
            assertTrue(plan.body().contains("<html lang=\"uz\">") && plan.body().contains("class=\"timeline\""), "a plan was drawn: " + fields);
            pages.add(plan.body());
        }
        java.util.Set<String> words = new java.util.TreeSet<>();
        for (String body : pages) {
            words.addAll(strayWords(readText(body), english::contains));
        }
        assertTrue(words.isEmpty(), "English words in an Uzbek plan: " + words);
    }

    /** Bad forms, each with the reason it must be refused for: every reason a person can reach on the planner's form. */
    private static final java.util.List<Map.Entry<org.corridor.law.fact.InvalidFactsException.Reason, String>> BAD_FORMS = badForms();

    private static java.util.List<Map.Entry<org.corridor.law.fact.InvalidFactsException.Reason, String>> badForms() {
        String ok = "citizenship=TJ&destination=RU&region=MOW&entry=2016-09-05&purpose=work&asOf=2016-10-01";
        String row = "citizenship=TJ&destination=RU&region=MOW&entry=2016-09-05&purpose=work&asOf=2016-10-01&event-kind=";
        var r = new java.util.ArrayList<Map.Entry<org.corridor.law.fact.InvalidFactsException.Reason, String>>();
        java.util.function.BiConsumer<String, String> add = (reason, form) -> r.add(Map.entry(
                org.corridor.law.fact.InvalidFactsException.Reason.valueOf(reason), form));
        add.accept("NOT_A_DATE", ok.replace("entry=2016-09-05", "entry=2016-02-30"));
        add.accept("DATE_OUT_OF_RANGE", ok.replace("asOf=2016-10-01", "asOf=1990-12-31"));
        add.accept("ENTRY_MISSING", ok.replace("entry=2016-09-05", "entry="));
        add.accept("CHOOSE_PURPOSE", ok.replace("purpose=work", "purpose="));
        add.accept("NOT_A_COUNTRY_CODE", ok.replace("citizenship=TJ", "citizenship=XX"));
        add.accept("CITIZENSHIP_NOT_COVERED", ok.replace("citizenship=TJ", "citizenship=RU"));
        add.accept("NOT_A_DESTINATION", ok.replace("destination=RU", "destination=XX"));
        add.accept("NOT_A_REGION", ok.replace("region=MOW", "region=ZZZ"));
        add.accept("KG_INTERNAL_FOREIGNER", ok.replace("destination=RU", "destination=KG"));
        add.accept("UNKNOWN_OCCUPATION", ok + "&occupation=astronaut");
        add.accept("BAD_OCCUPATION_KEY", ok + "&occupation=Astronaut!");
        add.accept("UNKNOWN_VIEW", ok + "&view=nonsense");
        add.accept("EXIT_BEFORE_ENTRY", ok + "&ev-exit=2016-08-01");
        add.accept("OUTSIDE_STAY", row + "amnesty&event-date=2016-01-01&event-value=&event-number=");
        add.accept("OVERLAPPING_STAYS", row + "entry&event-date=2016-09-20&event-value=&event-number=");
        add.accept("CHOOSE_EVENT_KIND", row + "flight&event-date=2016-09-20&event-value=&event-number=");
        add.accept("EVENT_DATE_MISSING", row + "exit&event-date=&event-value=&event-number=");
        add.accept("CHOOSE_VALUE", row + "entry&event-date=2016-09-20&event-value=holiday&event-number=");
        add.accept("VALUE_AND_NUMBER", row + "payment&event-date=2016-09-20&event-value=work&event-number=3");
        add.accept("NUMBER_WITH_COLON", row + "payment&event-date=2016-09-20&event-value=&event-number=1:2");
        add.accept("BAD_MONTHS", row + "payment&event-date=2016-09-20&event-value=&event-number=13");
        add.accept("TAKES_NO_VALUE", row + "exit&event-date=2016-09-20&event-value=work&event-number=");
        add.accept("NOT_AN_AUTHORISATION", row + "application&event-date=2016-09-20&event-value=work&event-number=");
        add.accept("RESIDENCE_OUTSIDE_TURKEY", row + "application&event-date=2016-09-20&event-value=residence&event-number=");
        add.accept("BAD_ARTICLE", row + "offence&event-date=2016-09-20&event-value=&event-number=18.8%21");
        add.accept("NOT_AN_EVENT", ok + "&ev-registration=2016:09:10");
        return r;
    }

    /**
     * A mistake in the form is said in the reader's language: the field's label and the reason from the
     * bundles, never the English of the code; in Russian, Tajik, Kyrgyz and Uzbek Cyrillic without a Latin
     * word, in Uzbek Latin without an English one.
     */
    @Test
    void theFormSaysWhatIsWrongInTheReadersLanguage() throws Exception {
        EnglishWords english = EnglishWords.load();
        java.util.regex.Pattern alert = java.util.regex.Pattern.compile("(?s)<p class=\"error\" role=\"alert\">(.*?)</p>");
        for (String lang : java.util.List.of("ru", "tg", "ky", "uz", "uz-Cyrl")) {
            Messages m = Messages.of(lang);
            for (var bad : BAD_FORMS) {
                HttpResponse<String> page = post("/", "application/x-www-form-urlencoded", "lang=" + lang + "&" + bad.getValue());
                assertEquals(400, page.statusCode(), lang + " " + bad.getKey() + ": " + page.body());
                java.util.regex.Matcher a = alert.matcher(page.body());
                assertTrue(a.find(), lang + " " + bad.getKey() + ": " + page.body());
                String text = readText(a.group(1));
                String pattern = m.get(org.corridor.app.text.InvalidFactsText.key(bad.getKey()));
                for (String part : pattern.split("\\{\\d\\}")) {
                    assertTrue(text.contains(part.strip()), lang + " " + bad.getKey() + ": \"" + part + "\" not in " + text);
                }
                java.util.Set<String> stray = lang.equals("uz") ? strayWords(text, english::contains) : strayWords(text, w -> true);
                assertTrue(stray.isEmpty(), lang + " " + bad.getKey() + ": " + stray);
            }
        }
    }

    @Test
    void everyLanguageRendersThePlanner() throws Exception {
        for (String lang : Messages.LANGUAGES) {
            HttpResponse<String> page = get("/?lang=" + lang);
            assertEquals(200, page.statusCode(), lang);
            assertTrue(page.body().contains("<html lang=\"" + lang + "\">"), lang);
            assertTrue(page.body().contains(Messages.of(lang).text("web.submit")), lang);
        }
        HttpResponse<String> byBrowser = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Accept-Language", "fr, ru;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(byBrowser.body().contains("<html lang=\"ru\">"));
        for (String header : new String[] {"en_US", "ru_RU,ru;q=0.9", "en;q=abc"}) {
            HttpResponse<String> odd = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/law")).header("Accept-Language", header).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, odd.statusCode(), "Accept-Language: " + header);
        }
        HttpResponse<String> underscore = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Accept-Language", "en_US").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(underscore.body().contains("<html lang=\"en\">"), "en_US reads as English");
    }

    @Test
    void theFormAnswersWithATimeline() throws Exception {
        HttpResponse<String> answer = form(Map.of("lang", "en", "citizenship", "TJ", "destination", "RU", "region", "MOW", "entry", "2016-09-05",
                "purpose", "work", "asOf", "2016-09-20", "ev-registration", "2016-09-10", "ev-payment-months", "1"));
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("class=\"timeline\""), answer.body());
        assertTrue(answer.body().contains("22,000 RUB"));
        assertTrue(answer.body().contains("id=\"check-ban\"") && answer.body().contains("info-service.htm?sid=3000"),
                "where to check for a ban, as a link to the ministry's service");
        assertTrue(answer.body().contains("value=\"2016-09-10\""), "the form keeps what was entered");
    }

    @Test
    void theFormNamesTheFieldAtFault() throws Exception {
        HttpResponse<String> answer = form(Map.of("lang", "en", "citizenship", "TJ", "destination", "RU", "entry", "2016-09-05", "purpose", "work",
                "ev-exit", "2016-08-01"));
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("role=\"alert\""), answer.body());
        assertTrue(answer.body().contains("no entry precedes"), answer.body());
        HttpResponse<String> badDate = form(Map.of("lang", "en", "citizenship", "TJ", "destination", "RU", "entry", "2016-02-30", "purpose", "work"));
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("entry"), badDate.body());
    }

    @Test
    void theApiPlans() throws Exception {
        HttpResponse<String> r = post("/api/v1/plan", "application/json",
                "{\"citizenship\":\"UZ\",\"destination\":\"RU\",\"region\":\"other\",\"entry\":\"2016-01-01\",\"purpose\":\"visit\","
                        + "\"events\":[\"registration:2016-01-11\",\"exit:2016-04-30\"],\"asOf\":\"2016-06-01\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode plan = JSON.readTree(r.body());
        assertEquals("banned", plan.at("/status/code").asText());
        assertEquals("2019-04-29", plan.at("/bans/0/until").asText());
        assertEquals(3, plan.at("/bans/0/years").asInt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"citizenship\":\"XX\",\"destination\":\"RU\",\"entry\":\"2016-01-01\"}|400|citizenship",
        "{\"citizenship\":\"TJ\",\"destination\":\"FR\",\"entry\":\"2016-01-01\"}|400|destination",
        "{\"citizenship\":\"TJ\",\"destination\":\"RU\",\"entry\":\"2016-13-01\"}|400|entry",
        "{\"citizenship\":\"TJ\",\"destination\":\"RU\"}|400|entry",
        "{\"citizenship\":\"TJ\",\"destination\":\"RU\",\"entry\":\"2016-01-01\",\"events\":[\"exit-2016\"]}|400|events[0]",
        "{\"citizenship\":\"TJ\",\"destination\":\"RU\",\"entry\":\"2016-01-01\",\"events\":[\"exit:2015-01-01\"]}|400|event exit:2015-01-01",
        "{\"citizenship\":\"TJ\",\"destination\":\"RU\",\"entry\":\"2016-01-01\",\"colour\":\"red\"}|400|colour",
        "{\"citizenship\":\"TJ\",\"destination\":\"RU\",\"entry\":\"2016-01-01\",\"events\":5}|400|events",
        "{\"citizenship\":\"TJ\",\"destination\":\"RU\",\"entry\":\"2016-01-01\",\"region\":\"NSK\"}|400|region",
        "{\"citizenship\":\"TJ\",\"destination\":\"RU\",\"entry\":\"2016-01-01\",\"purpose\":\"tourism\"}|400|purpose",
        "not json|400|body",
    })
    void theApiRefusesBadInputNamingTheField(String body, int status, String field) throws Exception {
        HttpResponse<String> r = post("/api/v1/plan", "application/json", body);
        assertEquals(status, r.statusCode(), r.body());
        JsonNode error = JSON.readTree(r.body());
        assertEquals(field, error.get("field").asText(), r.body());
        assertFalse(error.get("error").asText().isBlank());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
    }

    @Test
    void theApiRefusesOtherMediaAndOversizedBodies() throws Exception {
        assertEquals(415, post("/api/v1/plan", "text/plain", "{}").statusCode());
        // The body is refused by its declared length, before it is read; sent whole, the refusal and the
        // connection's close could race the client's writing of it (a broken pipe), so only the head is sent.
        String answer;
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST /api/v1/plan HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + 70_000 + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("\"field\":\"body\""), answer);
    }

    @Test
    void thePlannerRefusesAnOversizedFormWithAPageNotACrash() throws Exception {
        String answer;
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Accept-Language: tg\r\nContent-Length: 70000\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("<html lang=\"tg\">") && answer.contains("body: "), answer);
    }

    @Test
    void getOnThePlanEndpointSaysOnlyPostIsAllowed() throws Exception {
        HttpResponse<String> r = get("/api/v1/plan");
        assertEquals(405, r.statusCode(), r.body());
        assertEquals("POST", r.headers().firstValue("Allow").orElse(""));
        assertEquals("method", JSON.readTree(r.body()).get("field").asText());
    }

    @Test
    void theApiServesTheLaw() throws Exception {
        JsonNode all = JSON.readTree(get("/api/v1/law/parameters").body());
        assertTrue(all.get("parameters").size() > 80);
        HttpResponse<String> one = get("/api/v1/law/parameters/ru.registration.deadline.tj");
        assertEquals(200, one.statusCode());
        JsonNode p = JSON.readTree(one.body());
        assertEquals("15 days", p.at("/values/0/value").asText());
        assertEquals("002:4042-4043", p.at("/values/0/source").asText());
        assertTrue(p.get("description").asText().startsWith("Deadline after entry"), p.toString());
        assertTrue(p.get("description_ru").asText().startsWith("Срок постановки на миграционный учёт"), p.toString());
        HttpResponse<String> missing = get("/api/v1/law/parameters/ru.nothing");
        assertEquals(404, missing.statusCode());
        assertEquals("id", JSON.readTree(missing.body()).get("field").asText());
    }

    @Test
    void theOpenApiDocumentDescribesEveryApiRoute() throws Exception {
        HttpResponse<String> r = get("/api/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode doc = JSON.readTree(r.body());
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (String path : WebServer.API_PATHS) {
            assertTrue(doc.at("/paths").has(path), path + " is not in the OpenAPI document");
        }
        assertEquals(WebServer.API_PATHS.size(), doc.at("/paths").size(), "the document names a path the server does not serve");
    }

    @Test
    void theExplorerShowsEveryParameterWithItsHistory() throws Exception {
        HttpResponse<String> index = get("/law?lang=en");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("ru.registration.deadline.tj"));
        HttpResponse<String> one = get("/law/ru.ban.overstay?lang=en");
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains("2015-01-10") && one.body().contains("more than 270 days: 120 months"), one.body());
        assertEquals(404, get("/law/ru.nothing").statusCode());
    }

    @Test
    void theExplorerDescribesTheLawInTheReadersLanguageOrInRussian() throws Exception {
        Description tj = LawLoader.embedded().parameter("ru.registration.deadline.tj").orElseThrow().description();
        assertTrue(tj.ru().startsWith("Срок постановки на миграционный учёт"), tj.ru());
        String note = "web.law.descriptionsInRussian";
        for (String page : new String[] {"/law", "/law/ru.registration.deadline.tj"}) {
            String russian = get(page + "?lang=ru").body();
            assertTrue(russian.contains(tj.ru()), page + " in Russian shows the Russian description");
            assertFalse(russian.contains(tj.en()), page + " in Russian shows no English description");
            assertFalse(russian.contains(Messages.of("ru").text(note)), page + " in Russian needs no note");
            String english = get(page + "?lang=en").body();
            assertTrue(english.contains(tj.en()) && !english.contains(tj.ru()), page + " in English shows the English description");
            assertFalse(english.contains(Messages.of("en").text(note)), page + " in English needs no note");
            for (String lang : new String[] {"tg", "ky", "uz", "uz-Cyrl"}) {
                String body = get(page + "?lang=" + lang).body();
                assertTrue(body.contains(tj.ru()) && !body.contains(tj.en()), page + " in " + lang + " shows the Russian description");
                assertTrue(body.contains(" lang=\"ru\">" + tj.ru()), page + " in " + lang + " marks the description as Russian");
                assertTrue(body.contains(Messages.of(lang).text(note)), page + " in " + lang + " says why the descriptions are in Russian");
            }
        }
        org.corridor.law.review.PendingChange bill = org.corridor.law.review.Reviews.embedded().all().get("ru").pending().get(0);
        for (String lang : Messages.LANGUAGES) {
            String law = get("/law?lang=" + lang).body();
            assertTrue(law.contains("<li><b>" + bill.text(lang).title() + "</b>: " + bill.text(lang).would()), lang + ": the proposed change in " + lang);
        }
        String index = get("/law?lang=ru").body();
        for (org.corridor.law.parameter.Parameter p : LawLoader.embedded().parameters()) {
            if (!p.description().ru().matches(".*[&<>\"'].*")) {
                assertTrue(index.contains(p.description().ru()), p.id() + " has its Russian description on /law in Russian");
            }
        }
    }

    @Test
    void theExplorerNamesTheActsInThePagesLanguageAboveTheRawSource() throws Exception {
        String ru = get("/law/ru.ban.overstay?lang=ru").body();
        assertTrue(ru.contains("<li>Федеральный закон от 15.08.1996 № 114-ФЗ «О порядке выезда из Российской Федерации и въезда в Российскую Федерацию», статья 27(1)(12)</li>"), ru);
        assertTrue(ru.contains("<details class=\"citations\"><summary>Ссылки на источники</summary>Federal Law 114-FZ art. 27(1)(12)"), ru);
        String tg = get("/law/ru.ban.overstay?lang=tg").body();
        assertTrue(tg.contains("№ 114-ФЗ «Дар бораи тартиби баромадан аз Федератсияи Россия ва воридшавӣ ба Федератсияи Россия», моддаи 27(1)(12)"), tg);
    }

    @Test
    void unknownPathsAre404InTheirOwnForm() throws Exception {
        HttpResponse<String> page = get("/nowhere");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<html"));
        HttpResponse<String> api = get("/api/v1/nowhere");
        assertEquals(404, api.statusCode());
        assertEquals("path", JSON.readTree(api.body()).get("field").asText());
    }
}
