package org.corridor.app.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.corridor.app.Run;
import org.corridor.app.simulate.CompareCommand.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corridor compare} of two ensembles, end to end on tiny ones (the plain loop, no baseline arm,
 * no burn-in): periods that overlap in three months, bands charted and tabulated, the last year printed;
 * and the folders it refuses.
 */
class EnsembleCompareTest {
    static final String[] TINY = {"--baseline", "none", "--scale", "0.0005", "--burn-in", "0", "--engine", "loop", "--master", "local[2]", "--quiet"};
    static final List<String> COMMON = List.of("2014-04", "2014-05", "2014-06");

    @TempDir
    static Path dir;
    static Path a;
    static Path b;
    static Path run;
    static Run ab;

    @BeforeAll
    static void twoEnsemblesAndARun() {
        a = dir.resolve("a");
        b = dir.resolve("b");
        run = dir.resolve("run");
        assertOk(Run.of(ensemble("no-ban-database", "3", "2014-01", "2014-06", a)));
        assertOk(Run.of(ensemble("patent-price-double", "2", "2014-04", "2014-09", b)));
        assertOk(Run.of("simulate", "--scenario", "baseline", "--scale", "0.0005", "--from", "2014-01", "--to", "2014-03", "--burn-in", "0",
                "--quiet", "--out", run.toString()));
        ab = Run.of("compare", a.toString(), b.toString(), "--out", dir.resolve("ab").toString());
    }

    static String[] ensemble(String scenario, String replicas, String from, String to, Path out) {
        return Stream.concat(Stream.of("ensemble", "--scenario", scenario, "--replicas", replicas, "--from", from, "--to", to, "--out", out.toString()),
                Arrays.stream(TINY)).toArray(String[]::new);
    }

    static void assertOk(Run r) {
        assertEquals(0, r.exitCode(), r.out() + r.err());
    }

    @Test
    void twoEnsemblesGiveABandChartPerSeriesAndTheirBandsOverTheCommonMonths() throws Exception {
        assertOk(ab);
        Path out = dir.resolve("ab");
        for (Quantity q : EnsembleComparison.SERIES) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(out.resolve(q.chartFile())), 4);
            assertArrayEquals(SimulateCommandTest.PNG, head, q.chartFile() + " is a PNG");
        }
        List<String> lines = Files.readAllLines(out.resolve(EnsembleComparison.BANDS));
        assertEquals("month,series,a_median,a_p05,a_p95,b_median,b_p05,b_p95,median_b_minus_a", lines.get(0));
        Set<String> keys = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertEquals(9, f.length, line);
            keys.add(f[0] + " " + f[1]);
            double[] v = Arrays.stream(f, 2, 9).mapToDouble(Double::parseDouble).toArray();
            assertTrue(v[1] <= v[0] && v[0] <= v[2], "A's p05 <= median <= p95: " + line);
            assertTrue(v[4] <= v[3] && v[3] <= v[5], "B's p05 <= median <= p95: " + line);
            assertEquals(v[3] - v[0], v[6], 1e-6 * Math.max(1, Math.abs(v[3])), "the difference of medians: " + line);
        }
        assertEquals(COMMON.size() * EnsembleComparison.SERIES.size(), lines.size() - 1, "one row per common month and series");
        for (String month : COMMON) {
            for (Quantity q : EnsembleComparison.SERIES) {
                assertTrue(keys.contains(month + " " + q.column()), month + " " + q.column());
            }
        }
        for (String s : List.of("abroad", "banned", "remittances_usd", "abroad_irregular", "migrant_households")) {
            assertTrue(keys.contains("2014-05 " + s), s);
        }
        assertEquals(summaryMedian(a, "2014-05", "migrant_households"), column(lines, "2014-05", "migrant_households", 2), 1e-6,
                "A's median is the scenario arm's, all origins and destinations, from its summary");
        assertEquals(summaryMedian(b, "2014-05", "migrant_households"), column(lines, "2014-05", "migrant_households", 5), 1e-6);
    }

    @Test
    void theLastCommonYearIsPrintedAsMeansOfTheMonthlyStatisticsWithTheOverlapOfTheBands() throws IOException {
        assertOk(ab);
        String text = ab.out();
        assertTrue(text.contains("A: no-ban-database (3 replicas)") && text.contains("B: patent-price-double (2 replicas)"), text);
        assertTrue(text.contains("2014-04 to 2014-06"), text);
        assertTrue(text.contains("2014, the last year in common (3 months): each statistic (median, 5% and 95% of the replicas) is its mean"
                + " over the year's months"), text);
        List<String> bands = Files.readAllLines(dir.resolve("ab").resolve(EnsembleComparison.BANDS));
        double meanOfMedians = COMMON.stream().mapToDouble(m -> column(bands, m, "abroad", 2)).average().orElseThrow();
        String abroad = text.lines().filter(l -> l.startsWith("migrants abroad ")).findFirst().orElseThrow();
        assertTrue(abroad.contains(String.format(Locale.ROOT, " %,.0f ", meanOfMedians)), "A's yearly median " + meanOfMedians + " in: " + abroad);
        for (Quantity q : EnsembleComparison.SERIES) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(q.title() + " ") && (l.endsWith("overlap") || l.contains("apart, B "))), q.title());
        }
    }

    @Test
    void anEnsembleAgainstItselfDiffersByNothing() throws IOException {
        Path out = dir.resolve("aa");
        Run aa = Run.of("compare", a.toString(), a.toString(), "--out", out.toString());
        assertOk(aa);
        List<String> lines = Files.readAllLines(out.resolve(EnsembleComparison.BANDS));
        assertEquals(6 * EnsembleComparison.SERIES.size(), lines.size() - 1, "every month of the ensemble");
        assertTrue(lines.stream().skip(1).allMatch(l -> l.endsWith(",0")), "a difference of medians of 0 in every row");
        assertEquals(EnsembleComparison.SERIES.size(), aa.out().lines().filter(l -> l.endsWith("+0 (+0.0%)  overlap")).count(), aa.out());
    }

    @Test
    void aRunAndAnEnsembleOrAnythingElseAreRefusedInOneLineNamingTheArgument() throws IOException {
        Path out = dir.resolve("never");
        refused(Run.of("compare", run.toString(), a.toString(), "--out", out.toString()),
                "DIR_B: " + a + " is an ensemble of 'corridor ensemble' but DIR_A is a run of 'corridor simulate'; compare two runs or two ensembles");
        refused(Run.of("compare", a.toString(), run.toString(), "--out", out.toString()),
                "DIR_B: " + run + " is a run of 'corridor simulate' but DIR_A is an ensemble of 'corridor ensemble'; compare two runs or two ensembles");
        Path later = Files.createDirectory(dir.resolve("later"));
        Files.writeString(later.resolve("manifest.json"), Files.readString(a.resolve("manifest.json")).replace("\"2014-01\"", "\"2015-01\"")
                .replace("\"2014-06\"", "\"2015-06\""));
        Files.copy(a.resolve("summary.parquet"), later.resolve("summary.parquet"));
        refused(Run.of("compare", a.toString(), later.toString(), "--out", out.toString()),
                "DIR_B: " + later + " (2015-01 to 2015-06) has no month in common with DIR_A (2014-01 to 2014-06)");
        Path noSummary = Files.createDirectory(dir.resolve("no-summary"));
        Files.copy(a.resolve("manifest.json"), noSummary.resolve("manifest.json"));
        refused(Run.of("compare", noSummary.toString(), a.toString(), "--out", out.toString()), "DIR_A: " + noSummary
                + " has the manifest of an ensemble but no summary.parquet");
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("manifest.json"), "{\"kind\": \"sensitivity\"}");
        refused(Run.of("compare", a.toString(), other.toString(), "--out", out.toString()), "DIR_B: " + other + " is not the output of"
                + " 'corridor simulate' or 'corridor ensemble' (its manifest's kind is 'sensitivity')");
        refused(Run.of("compare", a.resolve("replicas").toString(), a.toString(), "--out", out.toString()), "DIR_A: " + a.resolve("replicas")
                + " is not the output of 'corridor simulate' or 'corridor ensemble' (no manifest.json)");
        assertFalse(Files.exists(out), "nothing written");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no half-written directory left behind");
        }
    }

    @Test
    void theHelpSaysBothKindsAreCompared() {
        Run help = Run.of("compare", "--help");
        assertOk(help);
        assertTrue(help.out().contains("Or compare two ensembles of 'corridor ensemble'") && help.out().contains("25-75% and 5-95% bands"), help.out());
        assertEquals("", help.err(), "picocli formats the description without a warning");
    }

    static void refused(Run r, String message) {
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertEquals("corridor compare: " + message, r.err().strip());
        assertEquals("", r.out(), "nothing printed before the refusal");
    }

    /** The field at {@code index} of bands.csv's row for the month and series. */
    static double column(List<String> bands, String month, String series, int index) {
        return bands.stream().filter(l -> l.startsWith(month + "," + series + ",")).map(l -> Double.parseDouble(l.split(",")[index]))
                .findFirst().orElseThrow();
    }

    static double summaryMedian(Path ensemble, String month, String series) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT median FROM read_parquet(" + Parquet.literal(ensemble.resolve("summary.parquet"))
                     + ") WHERE arm = 'scenario' AND origin = 'ALL' AND destination = 'ALL' AND month = '" + month + "' AND series = '" + series + "'")) {
            assertTrue(r.next());
            return r.getDouble(1);
        }
    }
}
