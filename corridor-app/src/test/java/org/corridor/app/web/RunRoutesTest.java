package org.corridor.app.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corridor.app.web.runs.RunService;
import org.corridor.law.assessment.Assessor;
import org.corridor.sim.output.CsvTables;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The runs API and the scenario lab, in-process: one tiny run with a lever and its baseline (scale
 * 0.002, one year), followed to the end, then every route on it, and bad input on every route.
 */
class RunRoutesTest {
    static final String TINY = "{\"scenario\":\"baseline\",\"scale\":0.002,\"from\":\"2014-01\",\"to\":\"2014-12\","
            + "\"levers\":{\"patentPriceMultiplier\":2,\"from\":\"2014-06\"}}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Simulation SIMULATION = Simulation.embedded();
    private static RunService runs;
    private static Javalin app;
    private static String base;
    private static JsonNode started;
    private static JsonNode finished;
    private static Path dataDir;

    @BeforeAll
    static void startTheTinyRun(@TempDir Path data) throws Exception {
        dataDir = data;
        runs = new RunService(SIMULATION, data, 1, 2);
        app = WebServer.create(Assessor.embedded(), runs, Reports.forTests()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        HttpResponse<String> r = post("/api/v1/runs", "application/json", TINY);
        assertEquals(202, r.statusCode(), r.body());
        started = JSON.readTree(r.body());
        assertEquals("/api/v1/runs/" + started.get("id").asText(), r.headers().firstValue("Location").orElse(""));
        finished = awaitDone(started.get("id").asText());
        awaitDone(started.get("baseline").asText());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
        if (runs != null) {
            runs.close();
        }
    }

    static JsonNode awaitDone(String id) throws Exception {
        long end = System.nanoTime() + 180_000_000_000L;
        while (true) {
            JsonNode run = JSON.readTree(get("/api/v1/runs/" + id).body());
            String status = run.get("status").asText();
            assertFalse(status.equals("failed"), run.toString());
            if (status.equals("done")) {
                return run;
            }
            assertTrue(System.nanoTime() < end, "the run did not finish: " + run);
            Thread.sleep(100);
        }
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Test
    void aRunAnEarlierVersionWroteIsGoneWithTheReasonNotA500() throws Exception {
        // Stored runs outlive an upgrade: one whose tables lack a measure this version reads is named, not a server error.
        Path done = dataDir.resolve(finished.get("id").asText());
        Path older = dataDir.resolve("baseline-0123456789ab");
        try (var files = Files.walk(done)) {
            for (Path p : files.toList()) {
                Files.copy(p, older.resolve(done.relativize(p).toString()));
            }
        }
        try {
            assertOlderRunIsGone(older);
        } finally {
            try (var files = Files.walk(older)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void assertOlderRunIsGone(Path older) throws Exception {
        List<String> lines = Files.readAllLines(older.resolve("series.csv"));
        int dropped = Arrays.asList(lines.get(0).split(",")).indexOf("remittances_recorded_usd");
        Files.write(older.resolve("series.csv"), lines.stream().map(l -> {
            List<String> cells = new ArrayList<>(Arrays.asList(l.split(",", -1)));
            cells.remove(dropped);
            return String.join(",", cells);
        }).toList());
        HttpResponse<String> api = get("/api/v1/runs/baseline-0123456789ab/series");
        assertEquals(410, api.statusCode(), api.body());
        assertEquals("id", JSON.readTree(api.body()).path("field").asText(), api.body());
        assertTrue(api.body().contains("remittances_recorded_usd"), api.body());
        HttpResponse<String> page = get("/lab/runs/baseline-0123456789ab");
        assertEquals(410, page.statusCode());
        assertTrue(page.body().contains("earlier version of Corridor"), page.body());
    }

    @Test
    void theScenariosAreListedWithTheirDescriptions() throws Exception {
        JsonNode s = JSON.readTree(get("/api/v1/scenarios").body()).get("scenarios");
        assertEquals(ScenarioLoader.BUNDLED.size(), s.size());
        for (JsonNode scenario : s) {
            assertFalse(scenario.get("description").asText().isBlank(), scenario.toString());
        }
        assertEquals("2005-01", s.get(0).get("from").asText());
    }

    @Test
    void aRunReportsItsRequestBaselineManifestAndFiles() throws Exception {
        assertTrue(started.get("id").asText().startsWith("baseline-"));
        assertTrue(started.get("baseline").asText().startsWith("baseline-"));
        assertEquals(2.0, finished.at("/request/levers/patentPriceMultiplier").asDouble());
        assertEquals(0.002, finished.at("/manifest/scale").asDouble());
        assertEquals("2014-12", finished.at("/manifest/to").asText());
        assertEquals(finished.get("id").asText(), finished.at("/manifest/id").asText());
        assertTrue(finished.at("/manifest/description").asText().contains("patent price x2 from 2014-06"));
        assertEquals(1.0, finished.get("progress").asDouble());
        HttpResponse<String> again = post("/api/v1/runs", "application/json", TINY);
        assertEquals(200, again.statusCode(), "the same request finds the stored run");
        assertEquals(started.get("id"), JSON.readTree(again.body()).get("id"));
        JsonNode list = JSON.readTree(get("/api/v1/runs").body()).get("runs");
        assertEquals(2, list.size(), list.toString());
    }

    @Test
    void theSeriesComeByYearOrMonthForAllOriginsOrOne() throws Exception {
        String id = finished.get("id").asText();
        JsonNode yearly = JSON.readTree(get("/api/v1/runs/" + id + "/series").body());
        assertEquals("year", yearly.get("by").asText());
        assertEquals(1, yearly.get("rows").size());
        JsonNode year = yearly.get("rows").get(0);
        assertEquals("2014", year.get("year").asText());
        double byStatus = year.get("abroad_legal_visitor").asDouble() + year.get("abroad_legal_worker").asDouble()
                + year.get("abroad_unauthorised_work").asDouble() + year.get("abroad_irregular").asDouble();
        assertEquals(year.get("abroad").asDouble(), byStatus, 1.0, "the legal statuses add up to everyone abroad");
        assertTrue(year.get("remittances_usd").asDouble() > 0 && year.get("children_parents_abroad").asDouble() > 0, year.toString());
        JsonNode monthly = JSON.readTree(get("/api/v1/runs/" + id + "/series?by=month").body());
        assertEquals(12, monthly.get("rows").size());
        double sum = 0;
        for (JsonNode m : monthly.get("rows")) {
            sum += m.get("remittances_usd").asDouble();
        }
        assertEquals(year.get("remittances_usd").asDouble(), sum, 12, "a year sums a flow's months");
        JsonNode tajik = JSON.readTree(get("/api/v1/runs/" + id + "/series?origin=TJ").body());
        assertEquals("TJ", tajik.get("origin").asText());
        assertTrue(tajik.at("/rows/0/abroad").asDouble() < year.get("abroad").asDouble());
    }

    @Test
    void theTablesDownloadAsCsvAndParquet() throws Exception {
        String id = finished.get("id").asText();
        HttpResponse<String> csv = get("/api/v1/runs/" + id + "/files/series.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(id + "-series.csv"));
        assertTrue(csv.body().startsWith(CsvTables.SERIES_HEADER + "\n"));
        HttpResponse<byte[]> parquet = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/runs/" + id + "/files/households.parquet")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, parquet.statusCode());
        assertArrayEquals("PAR1".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(parquet.body(), 4));
    }

    @ParameterizedTest(name = "{0} {1} is refused with {3} naming {4}")
    @CsvSource(delimiter = '|', value = {
        "POST|/api/v1/runs|{\"scenario\":\"atlantis\"}|400|scenario",
        "POST|/api/v1/runs|{\"scenario\":\"baseline\",\"scale\":0.5}|400|scale",
        "POST|/api/v1/runs|{\"scenario\":\"baseline\",\"scale\":\"big\"}|400|scale",
        "POST|/api/v1/runs|{\"scenario\":\"baseline\",\"from\":\"2015-01\",\"to\":\"2014-01\"}|400|to",
        "POST|/api/v1/runs|{\"scenario\":\"baseline\",\"levers\":{\"patentPriceMultiplier\":20}}|400|levers.patentPriceMultiplier",
        "POST|/api/v1/runs|{\"scenario\":\"baseline\",\"levers\":{\"tax\":1}}|400|levers.tax",
        "POST|/api/v1/runs|{\"scenario\":\"baseline\",\"threads\":64}|400|threads",
        "POST|/api/v1/runs|{\"scenario\": baseline|400|body",
        "POST|/api/v1/runs|[]|400|body",
        "GET|/api/v1/runs/baseline-000000000000||404|id",
        "GET|/api/v1/runs/Baseline-1||404|id",
        "GET|/api/v1/runs/baseline-000000000000/series||404|id",
        "GET|/api/v1/runs/baseline-000000000000/files/series.csv||404|id"})
    void badInputIsRefusedNamingTheField(String method, String path, String body, int status, String field) throws Exception {
        HttpResponse<String> r = method.equals("GET") ? get(path) : post(path, "application/json", body);
        assertEquals(status, r.statusCode(), r.body());
        JsonNode error = JSON.readTree(r.body());
        assertEquals(field, error.get("field").asText(), r.body());
        assertFalse(r.body().contains("at org."), "no stack trace");
    }

    @Test
    void onlyTheTablesMayBeDownloadedAndSeriesOptionsAreChecked() throws Exception {
        String id = finished.get("id").asText();
        for (String name : new String[] {"manifest.json", "charts", "series.csv.bak", "SERIES.CSV"}) {
            HttpResponse<String> r = get("/api/v1/runs/" + id + "/files/" + name);
            assertEquals(404, r.statusCode(), name);
            assertEquals("name", JSON.readTree(r.body()).get("field").asText(), name);
        }
        HttpResponse<String> climbing = get("/api/v1/runs/" + id + "/files/..%2F..%2F" + id + "%2Fmanifest.json");
        assertTrue(climbing.statusCode() == 400 || climbing.statusCode() == 404, climbing.statusCode() + " " + climbing.body());
        assertFalse(climbing.body().contains("parameter_hash"), "no file outside the whitelist is served");
        assertEquals("by", JSON.readTree(get("/api/v1/runs/" + id + "/series?by=week").body()).get("field").asText());
        HttpResponse<String> origin = get("/api/v1/runs/" + id + "/series?origin=RU");
        assertEquals(400, origin.statusCode());
        assertEquals("origin", JSON.readTree(origin.body()).get("field").asText());
        assertEquals(415, post("/api/v1/runs", "text/plain", TINY).statusCode());
    }

    @Test
    void aFullQueueRefusesWith503(@TempDir Path data) throws Exception {
        try (RunService oneSlot = new RunService(SIMULATION, data, 1, 0)) {
            Javalin full = WebServer.create(Assessor.embedded(), oneSlot, Reports.forTests()).start("127.0.0.1", 0);
            try {
                // a run with a lever needs two places, its own and its baseline's; this server has one
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + full.port() + "/api/v1/runs"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(TINY)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(503, r.statusCode(), r.body());
                assertEquals("queue", JSON.readTree(r.body()).get("field").asText());
                assertEquals("60", r.headers().firstValue("Retry-After").orElse(""));
            } finally {
                full.stop();
            }
        }
    }

    @Test
    void theLabPageIsAScriptFreeForm() throws Exception {
        HttpResponse<String> page = get("/lab");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<form method=\"post\" action=\"/lab\""));
        assertTrue(page.body().contains("name=\"levers.patentPriceMultiplier\""));
        assertTrue(page.body().contains(finished.get("id").asText()), "the runs on this server are listed");
        assertFalse(page.body().contains("<script"));
        assertFalse(page.body().contains(" style="));
    }

    @Test
    void theLabStartsARunAndRedirectsToItsPage() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("scenario", "baseline");
        fields.put("scale", "0.002");
        fields.put("from", "2014-01");
        fields.put("to", "2014-12");
        fields.put("levers.patentPriceMultiplier", "2");
        fields.put("levers.banRegisterReach", "1");
        fields.put("levers.roubleDevaluationPercent", "0");
        fields.put("levers.from", "2014-06");
        HttpResponse<String> r = post("/lab", "application/x-www-form-urlencoded", form(fields));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/lab/runs/" + finished.get("id").asText(), r.headers().firstValue("Location").orElse(""), "the form and the API name the same run");
        HttpResponse<String> page = get("/lab/runs/" + finished.get("id").asText());
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("http-equiv=\"refresh\""), "a finished comparison does not refresh");
        assertEquals(6, page.body().split("<figure class=\"chart\"").length - 1, page.body());
        assertTrue(page.body().contains("Recorded remittances as a share of GDP"), "the run covers 2014 whole, for which GDP is known");
        assertTrue(page.body().contains("Against the baseline"));
        assertTrue(page.body().contains("stroke-dasharray"), "the baseline's lines are dashed");
        assertTrue(page.body().contains("/files/series.parquet"));
        assertFalse(page.body().contains("<script"));
        assertFalse(page.body().contains(" style="));
    }

    @Test
    void theLabNamesTheFieldAtFaultAndAnUnknownRunIs404() throws Exception {
        HttpResponse<String> r = post("/lab", "application/x-www-form-urlencoded", form(Map.of("scenario", "baseline", "scale", "0.2")));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("role=\"alert\"") && r.body().contains("Scale: must be above 0 and at most 0.05"), r.body());
        assertTrue(r.body().contains("value=\"0.2\""), "the form keeps what was entered");
        HttpResponse<String> notANumber = post("/lab", "application/x-www-form-urlencoded", form(Map.of("scenario", "baseline", "seed", "one")));
        assertEquals(400, notANumber.statusCode());
        assertTrue(notANumber.body().contains("Seed: not a whole number"), notANumber.body());
        HttpResponse<String> missing = get("/lab/runs/baseline-000000000000");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }
}
