package org.corridor.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Map;
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
 * The errors Jetty answers itself, before any of Javalin's handlers run, sent over a raw socket (no
 * HTTP client sends such requests): each carries the security headers of every other page and a short
 * plain body that quotes nothing of the request.
 */
class JettyErrorsTest {
    /** Put in every request, to show the answer never echoes it. */
    private static final String MARK = "zqxMARKjv";
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a NUL in the path|400|GET /law/" + MARK + "%00 HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n",
        "a bad percent-encoding|400|GET /" + MARK + "%zz HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n",
        "an overlong UTF-8 slash|400|GET /" + MARK + "%c0%af HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n",
        "an encoded dot-dot|400|GET /%2e%2e/" + MARK + " HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n",
        "a path above the root|400|GET /a/../../" + MARK + " HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n",
        "a bad Host|400|GET / HTTP/1.1\\r\\nHost: " + MARK + " x\\r\\n\\r\\n",
        "no Host|400|GET /" + MARK + " HTTP/1.1\\r\\nAccept: */*\\r\\n\\r\\n",
        "a bad request line|400|" + MARK + "\\r\\n\\r\\n",
        "a header line without a colon|400|GET / HTTP/1.1\\r\\nHost: a\\r\\n" + MARK + " here\\r\\n\\r\\n",
        "a Content-Length that is not a number|400|POST / HTTP/1.1\\r\\nHost: a\\r\\nContent-Length: " + MARK + "\\r\\n\\r\\n",
        "two different Content-Lengths|400|POST /api/v1/plan HTTP/1.1\\r\\nHost: a\\r\\nContent-Length: 2\\r\\nContent-Length: 3\\r\\n\\r\\n{}" + MARK,
        "an unknown HTTP version|505|GET /" + MARK + " HTTP/9.9\\r\\nHost: a\\r\\n\\r\\n",
    })
    void jettysOwnErrorsAreLockedShortAndQuoteNothing(String what, int status, String request) throws Exception {
        RawHttp.Answer answer = RawHttp.send(app.port(), request.replace("\\r\\n", "\r\n"));
        assertEquals(status, answer.status(), what + ": " + answer.raw());
        assertLockedPlainAndQuiet(answer);
    }

    @Test
    void anAddressTooLongIs414() throws Exception {
        RawHttp.Answer answer = RawHttp.send(app.port(), "GET /law?q=" + MARK.repeat(2_000) + " HTTP/1.1\r\nHost: a\r\n\r\n");
        assertEquals(414, answer.status(), answer.raw());
        assertLockedPlainAndQuiet(answer);
    }

    @Test
    void headersTooLargeAre431() throws Exception {
        RawHttp.Answer answer = RawHttp.send(app.port(), "GET / HTTP/1.1\r\nHost: a\r\nX-Filler: " + MARK.repeat(2_000) + "\r\n\r\n");
        assertEquals(431, answer.status(), answer.raw());
        assertLockedPlainAndQuiet(answer);
    }

    @Test
    void aBrokenChunkedBodyIs400NotACrash() throws Exception {
        // Jetty reads this body only when the planner asks for its fields: the error reaches Javalin's handlers.
        RawHttp.Answer answer = RawHttp.send(app.port(), "POST / HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + MARK + "\r\n");
        assertEquals(400, answer.status(), answer.raw());
        assertEquals(SecurityHeaders.CSP, answer.header("Content-Security-Policy"));
        assertFalse(answer.body().contains(MARK), answer.body());
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    private static void assertLockedPlainAndQuiet(RawHttp.Answer answer) {
        for (Map.Entry<String, String> h : SecurityHeaders.ALL.entrySet()) {
            assertEquals(h.getValue(), answer.header(h.getKey()), h.getKey() + " in " + answer.raw());
        }
        assertEquals("no-store", answer.header("Cache-Control"));
        assertTrue(answer.header("Content-Type").startsWith("text/plain"), answer.raw());
        assertTrue(answer.body().startsWith(answer.status() + " "), answer.body());
        assertTrue(answer.body().length() < 200, answer.body());
        assertFalse(answer.raw().contains(MARK), "the answer quotes the request: " + answer.raw());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat ") || answer.body().contains("<"), answer.body());
    }
}
