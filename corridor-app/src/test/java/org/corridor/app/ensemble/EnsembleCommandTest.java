package org.corridor.app.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.corridor.app.Run;
import org.corridor.app.simulate.Parquet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corridor ensemble} end to end at a tiny scale: Spark's local mode against the plain loop, outputs, bad input. */
class EnsembleCommandTest {
    static final String[] TINY = {"--scenario", "no-ban-database", "--replicas", "2", "--parameter-draws", "2", "--scale", "0.0005",
        "--from", "2013-01", "--to", "2014-06", "--burn-in", "12", "--quiet"};

    @TempDir
    static Path dir;
    static Run spark;
    static Run loop;

    @BeforeAll
    static void runBoth() {
        spark = Run.of(args("--master", "local[2]", "--partitions", "3", "--out", dir.resolve("spark").toString()));
        loop = Run.of(args("--engine", "loop", "--master", "local[2]", "--out", dir.resolve("loop").toString()));
    }

    static String[] args(String... tail) {
        return Stream.concat(Stream.concat(Stream.of("ensemble"), Stream.of(TINY)), Stream.of(tail)).toArray(String[]::new);
    }

    static JsonNode manifest(String name) throws Exception {
        return new ObjectMapper().readTree(dir.resolve(name).resolve("manifest.json").toFile());
    }

    @Test
    void sparkAndThePlainLoopWriteTheSameSummary() throws Exception {
        assertEquals(0, spark.exitCode(), spark.err());
        assertEquals(0, loop.exitCode(), loop.err());
        assertTrue(spark.out().contains("2 replicas x 2 draws of") && spark.out().contains("(8 runs)"), spark.out());
        assertEquals(manifest("spark").get("summary_sha256"), manifest("loop").get("summary_sha256"));
        assertArrayEquals(dir.resolve("spark/summary.parquet"), dir.resolve("loop/summary.parquet"));
        assertTrue(manifest("spark").get("engine").asText().startsWith("Apache Spark 4"), manifest("spark").toString());
        assertEquals("loop x2", manifest("loop").get("engine").asText());
    }

    private static void assertArrayEquals(Path a, Path b) throws Exception {
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), a + " and " + b + " differ");
    }

    @Test
    void theOutputsHoldEveryReplicaKeyedAndBandsAroundTheirMedians() throws Exception {
        Path out = dir.resolve("spark");
        for (String f : List.of("manifest.json", "summary.parquet", "replicas/series.parquet", "replicas/households.parquet", "replicas.csv",
                "factors.csv", "draws.csv")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(9, Files.readAllLines(out.resolve("replicas.csv")).size(), "a header and 8 runs");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            ResultSet r = s.executeQuery("SELECT count(DISTINCT (arm, replica)), count(DISTINCT month), min(seed), max(seed), max(draw) FROM "
                    + "read_parquet(" + Parquet.literal(out.resolve("replicas/series.parquet")) + ")");
            r.next();
            assertEquals(8, r.getInt(1));
            assertEquals(18, r.getInt(2));
            assertEquals(1, r.getInt(3));
            assertEquals(2, r.getInt(4));
            assertEquals(2, r.getInt(5));
            r = s.executeQuery("SELECT count(*), sum(CASE WHEN p05 <= median AND median <= p95 AND p25 <= p75 THEN 1 ELSE 0 END), "
                    + "count(DISTINCT arm) FROM read_parquet(" + Parquet.literal(out.resolve("summary.parquet")) + ")");
            r.next();
            assertTrue(r.getLong(1) > 10_000);
            assertEquals(r.getLong(1), r.getLong(2), "every band holds its median");
            assertEquals(3, r.getInt(3), "scenario, baseline and difference");
            r = s.executeQuery("SELECT median, p05, p95 FROM read_parquet(" + Parquet.literal(out.resolve("summary.parquet"))
                    + ") WHERE arm = 'baseline' AND month = '2014-06' AND origin = 'TJ' AND destination = 'ALL' AND series = 'abroad'");
            assertTrue(r.next());
            assertTrue(r.getDouble(1) > 100_000, "hundreds of thousands of Tajiks abroad, got " + r.getDouble(1));
            assertTrue(r.getDouble(3) > r.getDouble(2), "draws and seeds spread the band");
        }
        JsonNode m = manifest("spark");
        assertEquals(2, m.at("/spec/parameter_draws").asInt());
        assertTrue(m.at("/spec/factors").asInt() > 100);
        assertEquals(64, m.at("/inputs/scenario_sha256").asText().length());
    }

    @Test
    void badInputIsOneLineNamingTheOptionWithExitCode2AndNothingWritten() {
        Path out = dir.resolve("bad");
        for (String[] bad : List.of(new String[] {"--replicas", "0"}, new String[] {"--replicas", "10001"},
                new String[] {"--replicas", "100", "--parameter-draws", "101"}, new String[] {"--master", "spark://127.0.0.1:1"},
                new String[] {"--master", "mesos://x"}, new String[] {"--engine", "gpu"}, new String[] {"--executor-memory", "lots"})) {
            String[] argv = Stream.concat(Stream.of("ensemble", "--scale", "0.0005", "--out", out.toString()), Stream.of(bad)).toArray(String[]::new);
            Run r = Run.of(argv);
            assertEquals(2, r.exitCode(), String.join(" ", bad) + ": " + r.err());
            assertTrue(r.err().startsWith("corridor ensemble: " + bad[bad.length - 2]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        assertFalse(Files.exists(out));
    }
}
