package org.corridor.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corridor.app.web.runs.RunService;
import org.corridor.law.assessment.Assessor;
import org.corridor.sim.run.Simulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wrong method on any route is 405 with {@code Allow} naming the methods the path takes, as JSON
 * under {@code /api} and as the error page elsewhere, locked like every page; a path that does not
 * exist is 404 whatever the method.
 */
class MethodNotAllowedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECTX");
    private static Javalin app;
    private static RunService runs;

    @BeforeAll
    static void start(@TempDir Path data) {
        runs = new RunService(Simulation.embedded(), data, 1, 0);
        app = WebServer.create(Assessor.embedded(), runs, Reports.forTests()).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        runs.close();
    }

    /**
     * Every route of {@link WebServer}, an example of its path, and the methods it takes (Javalin
     * ignores a trailing slash, so {@code /evidence/report} and {@code /evidence/report/} are one path).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/|GET, HEAD, POST",
        "/law|GET, HEAD",
        "/law/ru.ban.overstay|GET, HEAD",
        "/lab|GET, HEAD, POST",
        "/lab/runs/baseline-000000000000|GET, HEAD",
        "/lab/ensembles|POST",
        "/lab/ensembles/baseline-ens-000000000000|GET, HEAD",
        "/evidence|GET, HEAD",
        "/evidence/report|GET, HEAD, POST",
        "/evidence/report/|GET, HEAD, POST",
        "/evidence/report/index.html|GET, HEAD",
        "/favicon.ico|GET, HEAD",
        "/api/v1/plan|POST",
        "/api/v1/law/parameters|GET, HEAD",
        "/api/v1/law/parameters/ru.ban.overstay|GET, HEAD",
        "/api/v1/scenarios|GET, HEAD",
        "/api/v1/runs|GET, HEAD, POST",
        "/api/v1/runs/baseline-000000000000|GET, HEAD",
        "/api/v1/runs/baseline-000000000000/series|GET, HEAD",
        "/api/v1/runs/baseline-000000000000/files/series.csv|GET, HEAD",
        "/api/v1/ensembles|GET, HEAD",
        "/api/v1/ensembles/baseline-ens-000000000000|GET, HEAD",
        "/api/v1/ensembles/baseline-ens-000000000000/bands|GET, HEAD",
        "/api/v1/observations|GET, HEAD",
        "/api/v1/observations/some-id|GET, HEAD",
        "/api/openapi.json|GET, HEAD",
    })
    void everyOtherMethodIs405WithAllow(String path, String allowed) throws Exception {
        List<String> allow = Arrays.asList(allowed.split(", "));
        List<String> wrong = new ArrayList<>(METHODS);
        wrong.removeAll(allow);
        for (String method : wrong) {
            RawHttp.Answer a = RawHttp.send(app.port(), method + " " + path + " HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            String what = method + " " + path;
            assertEquals(405, a.status(), what + ": " + a.raw());
            assertEquals(allowed, a.header("Allow"), what);
            assertEquals(SecurityHeaders.CSP, a.header("Content-Security-Policy"), what);
            assertEquals("no-store", a.header("Cache-Control"), what);
            if (method.equals("HEAD")) {
                continue; // no body
            }
            if (path.startsWith("/api/")) {
                JsonNode error = JSON.readTree(a.body());
                assertEquals("method", error.get("field").asText(), what);
                assertEquals(405, error.get("status").asInt(), what);
                assertTrue(error.get("error").asText().contains(allowed), a.body());
            } else {
                assertTrue(a.header("Content-Type").startsWith("text/html"), what);
                assertTrue(a.body().contains("<h1>405</h1>") && a.body().contains("method: "), what + ": " + a.body());
            }
        }
    }

    @Test
    void aPathThatDoesNotExistStays404WhateverTheMethod() throws Exception {
        for (String method : METHODS) {
            for (String path : List.of("/nowhere", "/api/v1/nowhere", "/law/a/b", "/api/v1/runs/x/y/z")) {
                RawHttp.Answer a = RawHttp.send(app.port(), method + " " + path + " HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                assertEquals(404, a.status(), method + " " + path + ": " + a.raw());
                assertEquals(null, a.header("Allow"), method + " " + path);
                assertEquals(SecurityHeaders.CSP, a.header("Content-Security-Policy"));
            }
        }
    }

    @Test
    void headOnAPageIsItsGetWithoutABody() throws Exception {
        RawHttp.Answer a = RawHttp.send(app.port(), "HEAD /law HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        assertEquals(200, a.status(), a.raw());
        assertEquals("", a.body());
    }
}
