package org.corridor.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.app.web.evidence.ValidationReports;
import org.corridor.app.web.runs.RunService;
import org.corridor.evidence.Evidence;
import org.corridor.law.assessment.Assessor;
import org.corridor.sim.run.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Malformed requests on every route of {@link WebServer}, from a fixed seed, over raw sockets to a
 * real server: wrong and odd methods, broken paths and percent-encodings, query strings, forms,
 * JSON, multipart and random bodies, oversized bodies and headers, bad Accept-Language and
 * Content-Type headers, chunked bodies cut short. The server may refuse any of them, but never with a
 * 5xx or a stack trace, always with its Content-Security-Policy, and its log keeps none of what the
 * requests carried in headers, query strings or bodies (each carries a marker to look for).
 *
 * <p>The lab starts no runs here ({@code maxRunning} 0, every start refused with 403), and a
 * validation report is already on disk, so that {@code POST /evidence/report} starts nothing either:
 * the fuzz never launches a simulation.
 */
class WebFuzzTest {
    static final long SEED = 20_261_202L;
    static final int REQUESTS = 2_400;
    /** In every header, query string and body the fuzzer writes; never in a path, which the request log records by design. */
    static final String MARK = "qzFUZZMARKx";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STACK = Pattern.compile("Exception|\tat |at org\\.|at java\\.");

    /** A route as WebServer declares it; {@code {}} stands for a path parameter. */
    record Route(String method, String path, Body body) {
    }

    enum Body { NONE, FORM, JSON_PLAN, JSON_RUN }

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/", Body.NONE), new Route("POST", "/", Body.FORM),
            new Route("GET", "/law", Body.NONE), new Route("GET", "/law/{}", Body.NONE),
            new Route("GET", "/lab", Body.NONE), new Route("POST", "/lab", Body.FORM),
            new Route("GET", "/lab/runs/{}", Body.NONE),
            new Route("POST", "/lab/ensembles", Body.FORM), new Route("GET", "/lab/ensembles/{}", Body.NONE),
            new Route("GET", "/evidence", Body.NONE), new Route("POST", "/evidence/report", Body.FORM),
            new Route("GET", "/evidence/report/", Body.NONE), new Route("GET", "/evidence/report/{}", Body.NONE),
            new Route("GET", "/favicon.ico", Body.NONE), new Route("GET", "/static/{}", Body.NONE),
            new Route("POST", "/api/v1/plan", Body.JSON_PLAN),
            new Route("GET", "/api/v1/law/parameters", Body.NONE), new Route("GET", "/api/v1/law/parameters/{}", Body.NONE),
            new Route("GET", "/api/v1/scenarios", Body.NONE),
            new Route("POST", "/api/v1/runs", Body.JSON_RUN), new Route("GET", "/api/v1/runs", Body.NONE),
            new Route("GET", "/api/v1/runs/{}", Body.NONE), new Route("GET", "/api/v1/runs/{}/series", Body.NONE),
            new Route("GET", "/api/v1/runs/{}/files/{}", Body.NONE),
            new Route("GET", "/api/v1/ensembles", Body.NONE), new Route("GET", "/api/v1/ensembles/{}", Body.NONE),
            new Route("GET", "/api/v1/ensembles/{}/bands", Body.NONE),
            new Route("GET", "/api/v1/observations", Body.NONE), new Route("GET", "/api/v1/observations/{}", Body.NONE),
            new Route("GET", "/api/openapi.json", Body.NONE));

    @TempDir
    Path data;

    @Test
    void theFuzzCoversEveryApiRoute() {
        for (String path : WebServer.API_PATHS) {
            String template = path.replaceAll("\\{[a-z]+}", "{}");
            assertTrue(ROUTES.stream().anyMatch(r -> r.path().equals(template)), path + " is not fuzzed");
        }
    }

    @Test
    void malformedRequestsGetA4xxWithHeadersAndTheLogKeepsNothingTheySent() throws Exception {
        assertEquals("org.slf4j.simple.SimpleLoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName(),
                "the log must be slf4j-simple's, as in corridor.jar, for this test to read it (see the surefire configuration)");
        Files.createDirectories(data.resolve("validation"));
        Files.writeString(data.resolve("validation").resolve("index.html"), "<!doctype html><title>report</title>");
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new Tee(original, log), true, StandardCharsets.UTF_8));
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        try (RunService runs = new RunService(Simulation.embedded(), data.resolve("runs"), data.resolve("ensembles"), 0, 0, 50)) {
            Javalin app = WebServer.create(Assessor.embedded(), runs, new ValidationReports(data, Evidence.embedded())).start("127.0.0.1", 0);
            try {
                Fuzzer fuzzer = new Fuzzer(new Random(SEED));
                for (int i = 0; i < REQUESTS; i++) {
                    byte[] request = fuzzer.next();
                    RawHttp.Answer a = RawHttp.send(app.port(), request);
                    statuses.merge(a.status(), 1, Integer::sum);
                    String problem = problem(a);
                    if (problem != null) {
                        failures.add("#" + i + " " + problem + "\n--- request:\n" + shown(request) + "\n--- answer:\n" + head(a.raw()));
                    }
                }
            } finally {
                app.stop();
            }
        } finally {
            System.setErr(original);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        original.printf("WebFuzzTest: %d requests in %.1f s; statuses %s%n", REQUESTS, seconds, statuses);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures.stream().map(f -> f.lines().limit(3)
                .reduce((x, y) -> x + " | " + y).orElse("")).toList()) + "\n\nthe first in full:\n"
                + String.join("\n\n", failures.subList(0, Math.min(3, failures.size()))));
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("GET /law 200"), "the request log was captured: " + head(text));
        Matcher m = STACK.matcher(text);
        assertTrue(!m.find(), "a stack trace or exception in the log: " + around(text, m));
        assertTrue(!text.contains(MARK), "the log keeps what a request sent: " + around(text, text.indexOf(MARK)));
        assertTrue(text.toLowerCase(java.util.Locale.ROOT).indexOf(MARK.toLowerCase(java.util.Locale.ROOT)) < 0, "the marker, in another case");
        assertTrue(seconds < 60, "the fuzz took " + seconds + " s");
    }

    @Test
    void aServerThatStartsNoRunsRefusesThemWith403() throws Exception {
        try (RunService runs = new RunService(Simulation.embedded(), data.resolve("runs"), data.resolve("ensembles"), 0, 0, 50)) {
            Javalin app = WebServer.create(Assessor.embedded(), runs, Reports.forTests()).start("127.0.0.1", 0);
            try {
                RawHttp.Answer api = RawHttp.send(app.port(), post("/api/v1/runs", "application/json",
                        "{\"scenario\":\"baseline\",\"scale\":0.002,\"from\":\"2014-01\",\"to\":\"2014-12\",\"levers\":{\"from\":\"2014-06\"}}"));
                assertEquals(403, api.status(), api.raw());
                assertEquals("queue", JSON.readTree(api.body()).get("field").asText());
                RawHttp.Answer lab = RawHttp.send(app.port(), post("/lab/ensembles", "application/x-www-form-urlencoded", "scenario=baseline&replicas=2"));
                assertEquals(403, lab.status(), lab.raw());
                assertTrue(lab.body().contains("starts no runs"), lab.body());
                RawHttp.Answer list = RawHttp.send(app.port(), "GET /api/v1/runs HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
                assertEquals("{\"runs\":[]}", list.body(), "nothing was queued");
            } finally {
                app.stop();
            }
        }
    }

    /** What the fuzz found answered with 500 before, each as it was sent. */
    @Test
    void whatTheFuzzFoundIsA4xx() throws Exception {
        try (RunService runs = new RunService(Simulation.embedded(), data.resolve("runs"), data.resolve("ensembles"), 0, 0, 50)) {
            Javalin app = WebServer.create(Assessor.embedded(), runs, Reports.forTests()).start("127.0.0.1", 0);
            try {
                // Jetty lets %u0041 through; Javalin's decoding of the path parameter threw.
                for (String path : List.of("/lab/ensembles/%u0041", "/api/v1/ensembles/%u0041/bands", "/api/v1/runs/%u0041/files/series.csv")) {
                    RawHttp.Answer a = RawHttp.send(app.port(), "GET " + path + " HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
                    assertEquals(400, a.status(), path + ": " + a.raw());
                    assertTrue(a.body().contains("percent-encoding"), a.body());
                }
                // A charset Java does not know: reading the form (for the language, on any page) threw.
                for (String path : List.of("/", "/law", "/api/v1/plan", "/lab/ensembles")) {
                    RawHttp.Answer a = RawHttp.send(app.port(), post(path, "application/x-www-form-urlencoded; charset=" + MARK, "lang=en"));
                    assertEquals(415, a.status(), path + ": " + a.raw());
                    assertTrue(a.body().contains("Content-Type") && !a.body().contains(MARK), a.body());
                }
            } finally {
                app.stop();
            }
        }
    }

    private static String post(String path, String type, String body) {
        return "POST " + path + " HTTP/1.1\r\nHost: a\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body;
    }

    /** What is wrong with an answer, or null. */
    private static String problem(RawHttp.Answer a) {
        if (a.status() == 0) {
            return "no HTTP answer";
        }
        if (a.status() >= 500) {
            return "status " + a.status();
        }
        if (!SecurityHeaders.CSP.equals(a.header("Content-Security-Policy"))) {
            return "no Content-Security-Policy";
        }
        Matcher m = STACK.matcher(a.body());
        if (m.find()) {
            return "a stack trace in the body: " + around(a.body(), m);
        }
        return null;
    }

    private static String around(String text, Matcher m) {
        m.reset();
        return m.find() ? around(text, m.start()) : "";
    }

    private static String around(String text, int at) {
        return at < 0 ? "" : text.substring(Math.max(0, at - 300), Math.min(text.length(), at + 300));
    }

    private static String head(String text) {
        return text.length() > 1500 ? text.substring(0, 1500) + "..." : text;
    }

    private static String shown(byte[] request) {
        String s = new String(request, StandardCharsets.ISO_8859_1);
        return s.length() > 1500 ? s.substring(0, 1500) + "... (" + s.length() + " bytes)" : s;
    }

    /** Copies the log to where it went before, and keeps it to be read. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int x) throws java.io.IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }

    /** Makes the requests, each from the one random stream, so that a seed gives the same requests every time. */
    static final class Fuzzer {
        private static final List<String> METHODS = List.of("GET", "POST", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE");
        private static final List<String> LANGUAGES = List.of("en_US", "ru_RU,ru;q=0.9", "en;q=abc", ";;;", "", "*", "ru;q=0", "en;q=2",
                "tg, ky;q=0.5, uz;q=0.1", "zz-ZZZZZZZZZZ", "q=1", ",,,,", "en;q=0.5;q=0.9", "x-" + MARK, "ru-" + MARK + ";q=0.3",
                "\u00e9\u00e8;q=1", "en;;q=1", "-;q=", "en;q=1e400", "en;q=NaN", "en;q=-1");
        private static final List<String> TYPES = List.of("application/json", "application/json; charset=utf-8", "application/x-www-form-urlencoded",
                "application/x-www-form-urlencoded; charset=utf-8", "multipart/form-data; boundary=" + MARK, "multipart/form-data",
                "multipart/form-data; boundary=", "text/plain", ";;;", "application/json; charset=nope", "APPLICATION/JSON",
                "application/x-www-form-urlencoded; charset=" + MARK, "text/html; " + MARK, "*/*", "application/jsonx", "");
        private static final List<String> IDS = List.of("ru.ban.overstay", "ru.registration.deadline.tj", "baseline-000000000000",
                "baseline-ens-000000000000", "index.html", "report.css", "comparisons.csv", "charts/x.png", "corridor.css", "series.csv",
                "households.parquet", "", ".", "..", "%2e%2e", "%2e", "%2F", "a%2Fb", "%25", "%20", "%7e", "%D0%B0%D0%B1", "%C3%A9", "~",
                "x".repeat(300), "A-B_C", "-", "0", "9".repeat(30), "%E2%80%AE", "a;b", "a,b", "@", "!$&'()*+,;=", "%u0041",
                "%3Cscript%3E", "a%3Fb", "a%23b");
        private static final List<String> BAD_PATHS = List.of("/%00", "/law/%00", "/%zz", "/%", "/%G1", "/%c0%af", "/%ff", "/%e2%82",
                "/api/v1/%00/runs", "//", "///law", "/law//x", "/./law", "/law/./x", "/a/../law", "/../../etc/passwd", "/%2e%2e/%2e%2e/x",
                "/api/v1/runs/..%2f..%2f", "/lab/runs/%2e%2e", "/static/../static/corridor.css", "/static/%2e%2e/x", "/law\\x", "/law%5cx",
                "/;a=b", "/law;jsessionid=1", "/law/x;y", "*", "http://a/law", "http://" + "x".repeat(20) + ":99999/", "/?", "/#x",
                "/law?", "/%0d%0aX-Injected:%20" + "1", "/lab/runs/%0a", "/\u00e9", "/law/\u0001");
        private static final List<String> QUERY_KEYS = List.of("lang", "by", "origin", "arm", "destination", "series", "indicator", "sex",
                "conflict_group", "q", "", "lang[]", "%zz", "a%00b", MARK);
        private static final List<String> QUERY_VALUES = List.of("en", "ru", "tg", "ky", "uz", "zz", "", "year", "month", "TJ", "KG", "UZ",
                "ALL", "RU_MOW", "scenario", "baseline", "difference", "abroad", "%zz", "%", "%00", "%C3%28", "+", "%2B", "a&b", "=",
                "x".repeat(500), MARK, MARK + "%20" + MARK, "1e999", "-1", "NaN");
        private static final List<String> FORM_KEYS = List.of("lang", "citizenship", "destination", "region", "entry", "purpose", "asOf",
                "occupation", "ev-registration", "ev-medical", "ev-insurance", "ev-exam", "ev-application", "ev-authorisation", "ev-payment",
                "ev-payment-months", "ev-contract-start", "ev-exit", "more", "scenario", "scale", "seed", "from", "to", "replicas",
                "levers.patentPriceMultiplier", "levers.banRegisterReach", "levers.roubleDevaluationPercent", "levers.from", MARK, "",
                "event-kind", "event-date", "event-value", "event-kind", "event-date", "view", "view");
        private static final List<String> FORM_VALUES = List.of("TJ", "KG", "UZ", "KZ", "XX", "RU", "TR", "MOW", "SPE", "other", "NSK",
                "work", "visit", "2016-09-05", "2016-02-30", "2016-13-01", "0000-01-01", "9999-12-31", "-999999999-01-01", "+10000-01-01",
                "2016-9-5", "05.09.2016", "2014-01", "2014-13", "2025-12", "1900-01", "baseline", "patent-price-double", "atlantis",
                "../../etc/passwd", "0.002", "0", "-1", "1e308", "1e-320", "NaN", "Infinity", "-0", "0x10", "2", "8", "9", "99999999999999999999",
                "registration:2016-09-10", "payment:2016-09-10:abc", "payment:2016-09-10:-5", "exit:2016-08-01", "ban:2016-01-01",
                "offence:2016-10-01:x", "nothing", ":::", "a:b:c:d", "registration:2016-09-10\nexit:2016-12-01\nexam:bad",
                ("exit:2016-01-01\n").repeat(70), "%zz", "%", "%00", "%C3%28", "+", "%2B%2B", "\u00e9\u4e2d\ud83d\ude00", MARK,
                MARK + " " + MARK, "x".repeat(5_000), "<script>alert(1)</script>", "${jndi:ldap://" + MARK + "}", "{{7*7}}", "{% raw %}",
                "\u0000", "a\r\nb", "print", "share", "add-event", "plan", "calendar", "entry", "registration", "exit", "offence",
                "5 September 2016", "5 \u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f 2016", "05/09/2016", "31.02.2016", "2016", "September");

        private final Random random;

        Fuzzer(Random random) {
            this.random = random;
        }

        <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        byte[] next() {
            int kind = random.nextInt(100);
            if (kind < 6) {
                return randomBytes();
            }
            if (kind < 14) {
                return brokenFraming();
            }
            Route route = pick(ROUTES);
            String method = random.nextInt(4) == 0 ? wrongMethod() : route.method();
            String path = kind < 22 ? pick(BAD_PATHS) : path(route);
            if (random.nextInt(3) == 0) {
                path += "?" + query();
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Host", random.nextInt(40) == 0 ? pick(List.of("", "a b" + MARK, "[::1" + MARK, "a:99999", "a:-1" + MARK, "\u00e9" + MARK, MARK + ":80", "/" + MARK)) : "127.0.0.1");
            headers.put("X-Fuzz", MARK);
            headers.put("User-Agent", "fuzz " + MARK);
            if (random.nextBoolean()) {
                headers.put("Accept-Language", pick(LANGUAGES));
            }
            if (random.nextInt(3) == 0) {
                headers.put("Accept", pick(List.of("application/json", "text/html", "*/*", "text/plain", ";;;", MARK + "/x", "")));
            }
            if (random.nextInt(5) == 0) {
                headers.put("Cookie", "session=" + MARK + "; lang=en");
                headers.put("Referer", "http://evil.example/" + MARK);
            }
            if (random.nextInt(30) == 0) {
                headers.put("X-Big", MARK + "y".repeat(9_000)); // beyond Jetty's 8 KB of headers: 431
            }
            if (random.nextInt(30) == 0) {
                for (int i = 0; i < 150; i++) {
                    headers.put("X-Many-" + i, MARK);
                }
            }
            byte[] body = body(route.body(), method);
            if (body.length > 0 || random.nextInt(4) == 0) {
                String type = route.body() == Body.FORM ? "application/x-www-form-urlencoded"
                        : route.body() == Body.NONE ? pick(TYPES) : "application/json";
                headers.put("Content-Type", random.nextInt(4) == 0 ? pick(TYPES) : type);
            }
            return assemble(method, path, headers, body);
        }

        private String wrongMethod() {
            return random.nextInt(10) == 0 ? pick(List.of("FOO", "get", "G-E-T", "PROPFIND", "M" + "X".repeat(40), "CONNECT")) : pick(METHODS);
        }

        private String path(Route route) {
            String path = route.path();
            while (path.contains("{}")) {
                path = path.replaceFirst("\\{}", java.util.regex.Matcher.quoteReplacement(pick(IDS)));
            }
            return random.nextInt(8) == 0 ? path + "/" : path;
        }

        private String query() {
            StringBuilder q = new StringBuilder();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    q.append(random.nextInt(10) == 0 ? "&&" : "&");
                }
                q.append(pick(QUERY_KEYS));
                if (random.nextInt(6) != 0) {
                    q.append('=').append(pick(QUERY_VALUES));
                }
            }
            return q.toString().replace(" ", "%20").replace("\n", "%0A");
        }

        private byte[] body(Body kind, String method) {
            if (method.equals("GET") && random.nextInt(3) != 0 || kind == Body.NONE && random.nextInt(3) != 0) {
                return new byte[0];
            }
            int shape = random.nextInt(10);
            if (shape == 0) {
                return randomBytesOf(random.nextInt(2_000));
            }
            if (shape == 1) {
                return multipart();
            }
            if (shape == 2) {
                return ("x=" + MARK).repeat(8_000).getBytes(StandardCharsets.UTF_8); // about 120 KB: beyond the 64 KB limit
            }
            return switch (kind) {
                case FORM, NONE -> form().getBytes(StandardCharsets.UTF_8);
                case JSON_PLAN -> json(plan()).getBytes(StandardCharsets.UTF_8);
                case JSON_RUN -> json(run()).getBytes(StandardCharsets.UTF_8);
            };
        }

        private String form() {
            StringBuilder f = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    f.append(random.nextInt(12) == 0 ? "&&" : "&");
                }
                String value = pick(FORM_VALUES);
                boolean encode = random.nextInt(3) != 0;
                f.append(pick(FORM_KEYS)).append('=').append(encode ? java.net.URLEncoder.encode(value, StandardCharsets.UTF_8) : value);
            }
            if (random.nextInt(5) == 0) {
                f.append("&note=").append(MARK);
            }
            if (random.nextInt(20) == 0) {
                f.append("&a".repeat(3_000)); // many empty fields
            }
            return f.toString();
        }

        private Map<String, Object> plan() {
            Map<String, Object> m = new LinkedHashMap<>();
            putSome(m, "citizenship", "destination", "region", "entry", "purpose", "asOf", "occupation");
            if (random.nextBoolean()) {
                List<Object> events = new ArrayList<>();
                int n = random.nextInt(random.nextInt(10) == 0 ? 80 : 5);
                for (int i = 0; i < n; i++) {
                    events.add(random.nextInt(8) == 0 ? value() : pick(FORM_VALUES));
                }
                m.put("events", random.nextInt(10) == 0 ? value() : events);
            }
            return m;
        }

        private Map<String, Object> run() {
            Map<String, Object> m = new LinkedHashMap<>();
            putSome(m, "scenario", "scale", "seed", "from", "to");
            if (random.nextBoolean()) {
                Map<String, Object> levers = new LinkedHashMap<>();
                putSome(levers, "patentPriceMultiplier", "banRegisterReach", "roubleDevaluationPercent", "from");
                m.put("levers", random.nextInt(10) == 0 ? value() : levers);
            }
            return m;
        }

        private void putSome(Map<String, Object> m, String... keys) {
            for (String k : keys) {
                if (random.nextInt(4) != 0) {
                    m.put(k, random.nextInt(4) == 0 ? value() : pick(FORM_VALUES));
                }
            }
            if (random.nextInt(8) == 0) {
                m.put(MARK, MARK);
            }
        }

        /** Any JSON value, of any type. */
        private Object value() {
            return switch (random.nextInt(9)) {
                case 0 -> null;
                case 1 -> random.nextBoolean();
                case 2 -> random.nextLong();
                case 3 -> random.nextDouble() * 1e10 - 5e9;
                case 4 -> List.of(MARK, 1, List.of());
                case 5 -> Map.of("a", MARK);
                case 6 -> MARK;
                case 7 -> "";
                default -> pick(FORM_VALUES);
            };
        }

        /** The object as JSON, now and then broken: cut short, nested too deep, a bad literal or escape, not an object. */
        private String json(Map<String, Object> m) {
            String text;
            try {
                text = JSON.writeValueAsString(m);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return switch (random.nextInt(14)) {
                case 0 -> text.substring(0, random.nextInt(text.length() + 1));
                case 1 -> "[".repeat(5_000) + "]".repeat(5_000);
                case 2 -> "{\"a\":" + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_001);
                case 3 -> "{\"entry\": 1e999999999, \"" + MARK + "\": NaN}";
                case 4 -> "{\"citizenship\": \"\\ud800\\u0000" + MARK + "\", \"x\": \"\\q\"}";
                case 5 -> "null";
                case 6 -> "\"" + MARK + "\"";
                case 7 -> "[" + text + "]";
                case 8 -> text + text;
                case 9 -> "{\"scale\": 1" + "0".repeat(2_000) + ", \"seed\": " + "9".repeat(2_000) + "}";
                case 10 -> "\uFEFF" + text;
                default -> text;
            };
        }

        private byte[] multipart() {
            String b = random.nextBoolean() ? MARK : "other";
            String text = "--" + b + "\r\nContent-Disposition: form-data; name=\"citizenship\"\r\n\r\nTJ " + MARK + "\r\n"
                    + "--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + MARK + ".txt\"\r\nContent-Type: text/plain\r\n\r\n"
                    + MARK.repeat(random.nextInt(50)) + "\r\n" + (random.nextBoolean() ? "--" + b + "--\r\n" : "");
            return text.getBytes(StandardCharsets.UTF_8);
        }

        private byte[] randomBytes() {
            byte[] noise = randomBytesOf(1 + random.nextInt(600));
            if (random.nextBoolean()) {
                // noise after a plausible start, so that it reaches the header or body parser
                String start = pick(List.of("GET / HTTP/1.1\r\n", "POST /api/v1/plan HTTP/1.1\r\nHost: a\r\n", "GET /law HTTP/1.1\r\nHost: a\r\nX: "));
                byte[] head = start.getBytes(StandardCharsets.ISO_8859_1);
                byte[] all = new byte[head.length + noise.length + MARK.length()];
                System.arraycopy(head, 0, all, 0, head.length);
                System.arraycopy(noise, 0, all, head.length, noise.length);
                System.arraycopy(MARK.getBytes(StandardCharsets.ISO_8859_1), 0, all, head.length + noise.length, MARK.length());
                return all;
            }
            return noise;
        }

        private byte[] randomBytesOf(int n) {
            byte[] b = new byte[n];
            random.nextBytes(b);
            return b;
        }

        /** Well-formed heads whose framing lies: lengths that disagree, chunks that break, a body cut short. */
        private byte[] brokenFraming() {
            String path = path(pick(ROUTES.stream().filter(r -> r.body() != Body.NONE).toList()));
            String type = pick(List.of("application/json", "application/x-www-form-urlencoded"));
            String body = "citizenship=" + MARK + "&entry=2016-01-01";
            String head = "POST " + path + " HTTP/1.1\r\nHost: a\r\nContent-Type: " + type + "\r\nX-Fuzz: " + MARK + "\r\n";
            String request = switch (random.nextInt(9)) {
                case 0 -> head + "Content-Length: " + (body.length() + 100) + "\r\n\r\n" + body; // shorter than declared
                case 1 -> head + "Content-Length: 5\r\nContent-Length: 7\r\n\r\n" + body;
                case 2 -> head + "Content-Length: -1\r\n\r\n" + body;
                case 3 -> head + "Content-Length: 99999999999999999999\r\n\r\n" + body;
                case 4 -> head + "Transfer-Encoding: chunked\r\n\r\n" + "zz\r\n" + body + "\r\n0\r\n\r\n";
                case 5 -> head + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length() + 50) + "\r\n" + body; // cut short
                case 6 -> head + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n";
                case 7 -> head + "Transfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n";
                default -> head + "Content-Length: " + body.length() + "\r\nExpect: 100-continue\r\n\r\n" + body;
            };
            return request.getBytes(StandardCharsets.UTF_8);
        }

        private byte[] assemble(String method, String path, Map<String, String> headers, byte[] body) {
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            int length = body.length;
            if (random.nextInt(15) == 0) {
                length = random.nextBoolean() ? 70_000 : Math.max(0, body.length - 3); // declared larger, or smaller, than sent
            }
            if (body.length > 0 || method.equals("POST")) {
                head.append("Content-Length: ").append(length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[h.length + body.length];
            System.arraycopy(h, 0, all, 0, h.length);
            System.arraycopy(body, 0, all, h.length, body.length);
            return all;
        }
    }
}
