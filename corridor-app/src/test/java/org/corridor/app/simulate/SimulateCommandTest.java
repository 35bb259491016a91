package org.corridor.app.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.corridor.app.Run;
import org.corridor.sim.output.CsvTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corridor simulate} and {@code corridor compare} end to end, on small runs. */
class SimulateCommandTest {
    static final String[] SMALL = {"--scale", "0.001", "--from", "2014-01", "--to", "2015-12", "--burn-in", "12", "--quiet"};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    static Path dir;
    static Path baseline;
    static Run baselineRun;

    @BeforeAll
    static void runBaseline() {
        baseline = dir.resolve("baseline");
        baselineRun = Run.of(args("simulate", "--scenario", "baseline", "--out", baseline.toString()));
    }

    static String[] args(String... head) {
        return Stream.concat(Stream.of(head), Stream.of(SMALL)).toArray(String[]::new);
    }

    @Test
    void aRunWritesEveryOutputAndSaysWhatItDid() throws Exception {
        assertEquals(0, baselineRun.exitCode(), baselineRun.err());
        assertTrue(baselineRun.out().contains("agent-months"), baselineRun.out());
        for (String f : List.of("manifest.json", "series.csv", "households.csv", "series.parquet", "households.parquet")) {
            assertTrue(Files.size(baseline.resolve(f)) > 0, f);
        }
        try (Stream<Path> charts = Files.list(baseline.resolve("charts"))) {
            List<Path> pngs = charts.toList();
            assertTrue(pngs.size() >= 4);
            for (Path png : pngs) {
                byte[] head = new byte[4];
                System.arraycopy(Files.readAllBytes(png), 0, head, 0, 4);
                assertArrayEquals(PNG, head, png + " is a PNG");
            }
        }
        JsonNode manifest = new ObjectMapper().readTree(baseline.resolve("manifest.json").toFile());
        assertEquals("baseline", manifest.get("scenario").asText());
        assertEquals(0.001, manifest.get("scale").asDouble());
        assertEquals(1, manifest.get("seed").asLong());
        assertEquals(64, manifest.get("parameter_hash").asText().length());
        assertTrue(manifest.get("agentMonths").asLong() > 1_000_000);
        assertTrue(manifest.get("wallSeconds").asDouble() > 0);
        List<String> series = Files.readAllLines(baseline.resolve("series.csv"));
        assertEquals(CsvTables.SERIES_HEADER, series.get(0));
        assertEquals(1 + 24 * 3 * 5 * 2 * 5, series.size(), "24 months x 3 origins x 5 destinations x 2 sexes x 5 states");
        List<String> households = Files.readAllLines(baseline.resolve("households.csv"));
        assertEquals(1 + 24 * 3, households.size());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), sum(abroad) > 0 FROM read_parquet(" + Parquet.literal(baseline.resolve("series.parquet")) + ")")) {
            r.next();
            assertEquals(series.size() - 1, r.getLong(1), "the Parquet table holds every row of the CSV");
            assertTrue(r.getBoolean(2));
        }
    }

    @Test
    void theSameRunOnOneThreadGivesTheSameSeries() throws IOException {
        Path one = dir.resolve("one-thread");
        Run run = Run.of(args("simulate", "--scenario", "baseline", "--threads", "1", "--out", one.toString()));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(baseline.resolve("series.csv")), Files.readString(one.resolve("series.csv")));
        assertEquals(Files.readString(baseline.resolve("households.csv")), Files.readString(one.resolve("households.csv")));
    }

    @Test
    void compareTabulatesAndPlotsTheDifference() throws IOException {
        Path doubled = dir.resolve("doubled");
        assertEquals(0, Run.of(args("simulate", "--scenario", "patent-price-double", "--out", doubled.toString())).exitCode());
        Path charts = dir.resolve("compare");
        Run compare = Run.of("compare", baseline.toString(), doubled.toString(), "--out", charts.toString());
        assertEquals(0, compare.exitCode(), compare.err());
        assertTrue(compare.out().contains("A: baseline") && compare.out().contains("B: patent-price-double"), compare.out());
        assertTrue(compare.out().contains("migrants abroad (average over the year): B - A (change)"));
        assertTrue(compare.out().lines().anyMatch(l -> l.startsWith("2014 ") && l.contains("+0 (+0.0%)")), "nothing differs before the 2015 reform");
        assertTrue(Files.exists(charts.resolve("abroad.png")) && Files.exists(charts.resolve("remittances-usd.png")));
    }

    @Test
    void badInputExitsWithTwoAndWritesNothing() throws IOException {
        Path out = dir.resolve("never");
        expectUsage(Run.of(args("simulate", "--scenario", "basline", "--out", out.toString())), "no such scenario");
        expectUsage(Run.of("simulate", "--scenario", "baseline", "--scale", "2", "--out", out.toString()), "--scale: must be above 0 and at most 1");
        expectUsage(Run.of("simulate", "--scenario", "baseline", "--scale", "0", "--out", out.toString()), "--scale");
        expectUsage(Run.of("simulate", "--scenario", "baseline", "--threads", "0", "--out", out.toString()), "--threads");
        expectUsage(Run.of("simulate", "--scenario", "baseline", "--from", "2015-13", "--out", out.toString()), "--from: no such month");
        expectUsage(Run.of("simulate", "--scenario", "baseline", "--from", "2016-01", "--to", "2015-01", "--out", out.toString()), "--to: 2015-01 is before");
        expectUsage(Run.of("simulate", "--scenario", "baseline", "--from", "1980-01", "--out", out.toString()), "1995-01");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: bad\nperiod: {from: 2005-01, to: 2025-12}\nlaw:\n  - {parameter: ru.work.monthly_fees, from: 2015-01-01, multiply: 2}\n");
        Run badScenario = Run.of(args("simulate", "--scenario", bad.toString(), "--out", out.toString()));
        expectUsage(badScenario, bad + ":4: law[0].parameter: the law has no parameter 'ru.work.monthly_fees'");
        assertFalse(Files.exists(out), "nothing written on bad input");
        Run taken = Run.of(args("simulate", "--scenario", "baseline", "--out", baseline.toString()));
        expectUsage(taken, "--out: " + baseline + " exists and is not an empty directory");
        Run notARun = Run.of("compare", baseline.toString(), dir.toString());
        expectUsage(notARun, "DIR_B: " + dir + " is not the output of 'corridor simulate'");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no half-written directory left behind");
        }
    }

    static void expectUsage(Run run, String message) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(message), "expected '" + message + "' in: " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }
}
