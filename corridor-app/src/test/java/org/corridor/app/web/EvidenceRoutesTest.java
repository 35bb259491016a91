package org.corridor.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.corridor.app.web.evidence.ValidationReports;
import org.corridor.app.web.runs.RunService;
import org.corridor.evidence.Evidence;
import org.corridor.law.assessment.Assessor;
import org.corridor.sim.run.Simulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence page, its validation report and the observations API, in-process on a free port. */
class EvidenceRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Javalin app;
    private static RunService runs;
    private static ValidationReports reports;
    private static String base;

    @BeforeAll
    static void start(@TempDir Path data) {
        runs = new RunService(Simulation.embedded(), data.resolve("runs"), 1, 0);
        reports = new ValidationReports(data, Evidence.embedded());
        app = WebServer.create(Assessor.embedded(), runs, reports).start("127.0.0.1", 0);
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

    @Test
    void thePageListsEveryObservationWithItsSourceAndTheConflictGroups() throws Exception {
        HttpResponse<String> r = get("/evidence?lang=en");
        assertEquals(200, r.statusCode());
        String html = r.body();
        int count = Evidence.embedded().observations().all().size();
        assertTrue(html.contains(count + " · "), "the count of observations");
        assertTrue(html.contains("tj-ru-stock-any-time") && html.contains("002:"), "ids and their seed lines");
        assertTrue(html.contains("Conflict groups") && html.contains("tj-ru-stock"));
        assertTrue(html.contains("(target)"), "targets are marked");
        assertTrue(html.contains("Validation report") && html.contains("/evidence/report"), "the report section, whatever its state");
        assertFalse(html.contains("<script"));
        assertTrue(get("/evidence?lang=ru").body().contains("Группы расхождений"));
    }

    @Test
    void theObservationsApiFiltersAndNamesTheFieldOnBadInput() throws Exception {
        JsonNode all = JSON.readTree(get("/api/v1/observations").body());
        assertEquals(Evidence.embedded().observations().all().size(), all.get("count").asInt());
        JsonNode tj = JSON.readTree(get("/api/v1/observations?origin=TJ&indicator=migrants_abroad").body());
        assertTrue(tj.get("count").asInt() > 3);
        for (JsonNode o : tj.get("observations")) {
            assertEquals("TJ", o.get("origin").asText());
            assertTrue(o.get("source").asText().matches("00[0-4]:\\d+(-\\d+)?"));
        }
        JsonNode one = JSON.readTree(get("/api/v1/observations/tj-ru-stock-any-time").body());
        assertEquals(700_000, one.get("value_in_base_unit").asDouble(), 1e-6);
        assertEquals("tj-ru-stock", one.get("conflict_group").asText());

        HttpResponse<String> unknownFilter = get("/api/v1/observations?country=TJ");
        assertEquals(400, unknownFilter.statusCode());
        assertEquals("country", JSON.readTree(unknownFilter.body()).get("field").asText());
        HttpResponse<String> unknownValue = get("/api/v1/observations?origin=XX");
        assertEquals(400, unknownValue.statusCode());
        assertEquals("origin", JSON.readTree(unknownValue.body()).get("field").asText());
        HttpResponse<String> missing = get("/api/v1/observations/no-such-figure");
        assertEquals(404, missing.statusCode());
        assertEquals("id", JSON.readTree(missing.body()).get("field").asText());
    }

    @Test
    void theReportIsPreparedOnRequestAndOnlyItsOwnFilesAreServed() throws Exception {
        assertEquals(404, get("/evidence/report/").statusCode(), "no report before one is prepared");
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/evidence/report?lang=en"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, posted.statusCode());
        assertTrue(posted.headers().firstValue("Location").orElse("").startsWith("/evidence"));
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (reports.state() != ValidationReports.State.READY && System.nanoTime() < deadline) {
            assertTrue(reports.state() != ValidationReports.State.FAILED, "the report failed; see the log");
            Thread.sleep(250);
        }
        HttpResponse<String> report = get("/evidence/report/");
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("Error summary") && report.body().contains("charts/overview.png"));
        assertTrue(report.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        HttpResponse<byte[]> png = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/evidence/report/charts/overview.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertTrue(get("/evidence/report/comparisons.csv").body().startsWith("id,class,indicator"));
        assertEquals(404, get("/evidence/report/charts/..%2F..%2Fmanifest.json").statusCode());
        assertEquals(404, get("/evidence/report/secret.txt").statusCode());
        assertTrue(get("/evidence").body().contains("/evidence/report/"), "the page links the report once it is there");
    }
}
