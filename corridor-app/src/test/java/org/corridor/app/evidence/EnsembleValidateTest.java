package org.corridor.app.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.corridor.app.Run;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.compare.Comparison;
import org.corridor.evidence.outputs.EnsembleDirectory;
import org.corridor.evidence.outputs.RunDirectory;
import org.corridor.evidence.outputs.YearTable;
import org.corridor.evidence.report.Band;
import org.corridor.evidence.report.EnsembleValidation;
import org.corridor.evidence.report.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corridor validate --ensemble} end to end on a tiny ensemble: a scenario beside the baseline,
 * two replicas each, over the targets' years; and the baseline's first replica against the same run
 * made by {@code corridor simulate}.
 */
class EnsembleValidateTest {
    static final String[] PERIOD = {"--scale", "0.0005", "--from", "2005-01", "--to", "2020-12", "--burn-in", "6", "--quiet"};

    @TempDir
    static Path dir;
    static Path ensemble;
    static Path run;

    @BeforeAll
    static void runBoth() {
        ensemble = dir.resolve("ensemble");
        Run e = Run.of(args(Stream.of("ensemble", "--scenario", "no-ban-database", "--baseline", "baseline", "--replicas", "2", "--engine", "loop",
                "--master", "local[2]", "--out", ensemble.toString())));
        assertEquals(0, e.exitCode(), e.err());
        // The baseline arm's first replica: seed 1, the parameters as they are.
        run = dir.resolve("run");
        Run s = Run.of(args(Stream.of("simulate", "--scenario", "baseline", "--seed", "1", "--out", run.toString())));
        assertEquals(0, s.exitCode(), s.err());
    }

    static String[] args(Stream<String> head) {
        return Stream.concat(head, Stream.of(PERIOD)).toArray(String[]::new);
    }

    @Test
    void theReportSetsEachObservationAgainstTheBaselinesBand() throws IOException {
        Path out = dir.resolve("report");
        Run r = Run.of("validate", "--ensemble", ensemble.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("targets:") && r.out().contains("within the replicas' 5-95% band"), r.out());
        for (String f : List.of("index.html", "report.css", "comparisons.csv", "charts/overview.png", "charts/conflicts.png", "charts/series-01.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("Ensemble: the baseline arm, scenario <strong>baseline</strong>"), "the arm, named");
        assertTrue(html.contains("<th>median</th><th>5%</th><th>95%</th><th>band</th>"));
        assertTrue(html.contains("<th>within the 5-95% band</th>"));
        assertFalse(html.contains("<script") || html.contains("style=\""), "no script, no inline style: the web app's CSP");

        List<Map<String, String>> rows = csv(out.resolve("comparisons.csv"));
        assertEquals(Evidence.embedded().observations().all().size(), rows.size(), "a row per observation");
        assertEquals(List.of("unit", "median", "p05", "p95", "within_band", "replicas", "relative_error"),
                new ArrayList<>(rows.get(0).keySet()).subList(10, 17));
        int compared = 0;
        int within = 0;
        for (Map<String, String> row : rows) {
            if (row.get("median").isEmpty()) {
                assertFalse(row.get("reason").isEmpty(), row.toString());
                continue;
            }
            compared++;
            double median = Double.parseDouble(row.get("median"));
            double p05 = Double.parseDouble(row.get("p05"));
            double p95 = Double.parseDouble(row.get("p95"));
            assertTrue(p05 <= median && median <= p95, row.toString());
            assertEquals("2", row.get("replicas"), row.toString());
            double low = Double.parseDouble(row.get(row.get("low").isEmpty() ? "observed" : "low"));
            double high = Double.parseDouble(row.get(row.get("high").isEmpty() ? "observed" : "high"));
            boolean meets = low <= p95 && high >= p05;
            assertEquals(Boolean.toString(meets), row.get("within_band"), row.toString());
            within += meets ? 1 : 0;
        }
        assertTrue(compared > 50, "most observations of 2005-2020 are compared, got " + compared);
        assertTrue(within > 0 && within < compared, within + " of " + compared + " within the band");
    }

    @Test
    void oneReplicasBandIsItsOwnValueAndItsMedianTheFigureOfTheSameRunValidatedAlone() throws Exception {
        EnsembleDirectory ens = EnsembleDirectory.open(ensemble);
        assertEquals("baseline", ens.arm());
        SortedMap<Integer, YearTable> replicas = ValidateCommand.ReplicaParquet.read(ens);
        assertEquals(List.of(1, 2), List.copyOf(replicas.keySet()));
        Evidence evidence = Evidence.embedded();
        EnsembleValidation one = EnsembleValidation.of(ens.arm(), List.of(replicas.get(1)), evidence);
        // What corridor validate --run makes of the run of corridor simulate with the same seed, scale and period.
        List<Comparison> alone = ValidationReport.of(new ValidationReport.Run("baseline", 1, 0.0005, "", ""), RunDirectory.read(run), evidence)
                .comparisons().all();
        List<Comparison> medians = one.medians().all();
        assertEquals(alone.size(), medians.size());
        int compared = 0;
        for (int k = 0; k < alone.size(); k++) {
            Comparison a = alone.get(k);
            Comparison m = medians.get(k);
            String id = a.observation().id();
            assertEquals(a.observation(), m.observation());
            assertEquals(a.compared(), m.compared(), id);
            if (!a.compared()) {
                continue;
            }
            compared++;
            Band band = one.band(m);
            assertNotNull(band, id);
            assertEquals(band.median(), band.p05(), 0, id);
            assertEquals(band.median(), band.p95(), 0, id);
            // The Parquet rows and the CSV rows of a month may be added in another order: equal to rounding.
            assertEquals(a.simulatedValue(), m.simulatedValue(), Math.abs(a.simulatedValue()) * 1e-9, id);
            assertEquals(a.relativeError(), m.relativeError(), 1e-9, id);
            assertEquals(a.withinTolerance(), m.withinTolerance(), id);
        }
        assertTrue(compared > 50, "compared " + compared);
    }

    @Test
    void badInputIsOneLineNamingEnsembleWithExitCode2AndNothingWritten() throws IOException {
        Path noTables = Files.createDirectories(dir.resolve("no-tables"));
        Files.copy(ensemble.resolve("manifest.json"), noTables.resolve("manifest.json"));
        Path shortPeriod = Files.createDirectories(dir.resolve("short-period"));
        Files.createDirectories(shortPeriod.resolve("replicas"));
        for (String f : List.of(EnsembleDirectory.SERIES, EnsembleDirectory.HOUSEHOLDS)) {
            Files.copy(ensemble.resolve(f), shortPeriod.resolve(f));
        }
        Files.writeString(shortPeriod.resolve("manifest.json"),
                Files.readString(ensemble.resolve("manifest.json")).replace("\"2005-01\"", "\"2013-01\""));
        Map<String, List<String>> cases = new TreeMap<>(Map.of(
                "no manifest", List.of("--ensemble", dir.resolve("nothing-here").toString()),
                "not an ensemble", List.of("--ensemble", run.toString()),
                "no replica tables", List.of("--ensemble", noTables.toString()),
                "a period short of the targets", List.of("--ensemble", shortPeriod.toString()),
                "with --run", List.of("--ensemble", ensemble.toString(), "--run", run.toString())));
        Path out = dir.resolve("never");
        Map<String, String> errors = new TreeMap<>();
        cases.forEach((why, given) -> {
            List<String> argv = new ArrayList<>(List.of("validate", "--out", out.toString()));
            argv.addAll(given);
            Run r = Run.of(argv.toArray(String[]::new));
            assertEquals(2, r.exitCode(), why + ": " + r.err());
            assertTrue(r.err().startsWith("corridor validate: --ensemble: "), why + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), why + ": " + r.err());
            errors.put(why, r.err());
        });
        assertFalse(Files.exists(out));
        assertTrue(errors.get("not an ensemble").contains("manifest.json: kind: missing"), errors.toString());
        assertTrue(errors.get("no replica tables").contains("series.parquet"), errors.toString());
        assertTrue(errors.get("a period short of the targets").contains("covers 2013-01 to 2020-12"), errors.toString());
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file);
             MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                     .readValues(in)) {
            return it.readAll();
        }
    }
}
