package org.corridor.app.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corridor.app.Run;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.compare.Comparisons;
import org.corridor.evidence.compare.SimulatedFigures;
import org.corridor.evidence.outputs.RunDirectory;
import org.corridor.evidence.outputs.SimulatedRun;
import org.corridor.evidence.outputs.YearTable;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.Simulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corridor validate} and {@code corridor calibrate} end to end, on small runs. */
class EvidenceCommandsTest {
    static final String[] SMALL = {"--scale", "0.001", "--from", "2014-01", "--to", "2015-12", "--burn-in", "12", "--quiet"};

    @TempDir
    static Path dir;
    static Path run;

    @BeforeAll
    static void simulate() {
        run = dir.resolve("run");
        Run r = Run.of(Stream.concat(Stream.of("simulate", "--scenario", "baseline", "--out", run.toString()), Stream.of(SMALL)).toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void aRunDirectoryReadsBackAsTheSameYearsAsTheRunInMemory() throws IOException {
        YearTable fromDisk = RunDirectory.read(run);
        YearTable inMemory = SimulatedRun.years(Simulation.embedded(), Simulation.embedded().scenarios().load("baseline"),
                new RunOptions(0.001, 1, 2, java.time.YearMonth.of(2014, 1), java.time.YearMonth.of(2015, 12), 12));
        Evidence evidence = Evidence.embedded();
        Comparisons a = Comparisons.of(evidence.observations(), evidence.classes(), new SimulatedFigures(fromDisk, evidence.gdp()));
        Comparisons b = Comparisons.of(evidence.observations(), evidence.classes(), new SimulatedFigures(inMemory, evidence.gdp()));
        assertTrue(a.all().stream().anyMatch(c -> c.compared()), "some observations fall in 2014-2015");
        for (int k = 0; k < a.all().size(); k++) {
            // The CSV holds six decimals; the in-memory sums are exact.
            double x = a.all().get(k).simulatedValue();
            double y = b.all().get(k).simulatedValue();
            assertEquals(Double.isNaN(x), Double.isNaN(y));
            if (!Double.isNaN(x)) {
                assertEquals(y, x, Math.abs(y) * 1e-6 + 1e-6, a.all().get(k).observation().id());
            }
        }
    }

    @Test
    void validateWritesTheReportOfARun() throws IOException {
        Path out = dir.resolve("report");
        Run r = Run.of("validate", "--run", run.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("targets:") && r.out().contains("checks :"), r.out());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("Error summary"));
        assertTrue(html.contains("charts/overview.png"));
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("style=\""), "no inline style: the web app's CSP forbids it");
        assertTrue(Files.size(out.resolve("charts/overview.png")) > 1000);
        List<String> csv = Files.readAllLines(out.resolve("comparisons.csv"));
        assertEquals(Evidence.embedded().observations().all().size() + 1, csv.size(), "a row per observation");
        assertTrue(csv.get(0).startsWith("id,class,") && csv.get(0).contains(",reason,"), csv.get(0));
        // The CSV writer quotes some ids and not others.
        assertTrue(csv.stream().anyMatch(l -> l.matches("\"?kg-annual-departures-sms\"?,not_comparable,.*")), "the issue's first departures are not compared");
        assertTrue(csv.stream().anyMatch(l -> l.matches("\"?tj-ru-bribes-to-police-2009\"?,input,.*")), "an input is classed as one");
        assertTrue(r.out().contains("classes: check ") && r.out().contains(" target " + Evidence.embedded().targets().only(
                org.corridor.evidence.calibrate.CalibrationRecord.of(org.corridor.sim.scenario.ScenarioLoader.read("baseline").text()).orElseThrow()
                        .targets()).all().size() + ","), r.out());
        assertTrue(html.contains("Not comparable: listed, not compared") && html.contains("Inputs: shown, never scored"));
    }

    @Test
    void badInputExitsWithTwoNamingTheOptionAndWritesNothing() throws IOException {
        Path out = dir.resolve("never");
        Run notARun = Run.of("validate", "--run", dir.resolve("nothing-here").toString(), "--out", out.toString());
        assertEquals(2, notARun.exitCode());
        assertTrue(notARun.err().contains("--run"), notARun.err());
        assertFalse(Files.exists(out));
        Files.createDirectories(dir.resolve("full"));
        Files.writeString(dir.resolve("full/x"), "x");
        Run full = Run.of("validate", "--run", run.toString(), "--out", dir.resolve("full").toString());
        assertEquals(2, full.exitCode());
        assertTrue(full.err().contains("--out"), full.err());
        Run scale = Run.of("validate", "--scale", "3", "--out", out.toString());
        assertEquals(2, scale.exitCode());
        assertTrue(scale.err().contains("--scale"), scale.err());
        Run evaluations = Run.of("calibrate", "--evaluations", "1", "--dry-run");
        assertEquals(2, evaluations.exitCode());
        assertTrue(evaluations.err().contains("--evaluations"), evaluations.err());
        Run period = Run.of("calibrate", "--scenario-file", Path.of("..", CalibrateCommand.BASELINE.toString()).toString(), "--from", "2012-01",
                "--dry-run");
        assertEquals(2, period.exitCode());
        assertTrue(period.err().contains("--from: the targets start in"), period.err());
        Run file = Run.of("calibrate", "--scenario-file", dir.resolve("nope.yaml").toString(), "--dry-run");
        assertEquals(2, file.exitCode());
        assertTrue(file.err().contains("--scenario-file"), file.err());
    }

    @Test
    void aDamagedRunDirectoryIsRefusedWithTheFileAndLine() throws IOException {
        Path damaged = dir.resolve("damaged");
        Files.createDirectories(damaged);
        for (String f : List.of("manifest.json", "households.csv", "series.csv")) {
            Files.copy(run.resolve(f), damaged.resolve(f));
        }
        List<String> series = Files.readAllLines(damaged.resolve("series.csv"));
        // cut the last month off, and half a row before it
        int perMonth = 3 * 5 * 2 * 5;
        List<String> cut = new java.util.ArrayList<>(series.subList(0, series.size() - perMonth));
        Files.write(damaged.resolve("series.csv"), cut);
        Run truncated = Run.of("validate", "--run", damaged.toString(), "--out", dir.resolve("never-a").toString());
        assertEquals(2, truncated.exitCode(), truncated.err());
        assertTrue(truncated.err().contains("series.csv") && truncated.err().contains("months"), truncated.err());
        cut.set(cut.size() - 1, cut.get(cut.size() - 1).substring(0, 30));
        Files.write(damaged.resolve("series.csv"), cut);
        Run halfRow = Run.of("validate", "--run", damaged.toString(), "--out", dir.resolve("never-b").toString());
        assertEquals(2, halfRow.exitCode(), halfRow.err());
        assertTrue(halfRow.err().contains("series.csv:" + cut.size()) && halfRow.err().contains("columns"), halfRow.err());
        assertFalse(Files.exists(dir.resolve("never-a")) || Files.exists(dir.resolve("never-b")));
    }

    @Test
    void aDryRunCalibrationFitsAndWritesNothing() throws IOException {
        Path copy = dir.resolve("baseline.yaml");
        Files.copy(Path.of("..", CalibrateCommand.BASELINE.toString()), copy);
        String before = Files.readString(copy);
        Run r = Run.of("calibrate", "--scenario-file", copy.toString(), "--scale", "0.0005", "--seeds", "1", "--evaluations",
                // BOBYQA's least: 2n + 3 for n free parameters.
                Integer.toString(2 * org.corridor.evidence.calibrate.FreeParameters.embedded(Simulation.embedded().behaviourOf(
                        Simulation.embedded().scenarios().load("baseline"))).size() + 3),
                "--from", "2005-01", "--to", "2020-12", "--engine", "loop", "--dry-run", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("fitted"), r.out());
        assertTrue(r.out().contains("--dry-run: nothing written"), r.out());
        assertEquals(before, Files.readString(copy));
    }

    @Test
    void aCmaEsGenerationOnSparkFitsWhatThePlainLoopFits() throws IOException {
        Path copy = dir.resolve("baseline-cma.yaml");
        Files.copy(Path.of("..", CalibrateCommand.BASELINE.toString()), copy);
        int free = org.corridor.evidence.calibrate.FreeParameters.embedded(Simulation.embedded().behaviourOf(
                Simulation.embedded().scenarios().load("baseline"))).size();
        int evaluations = 1 + 4 + (int) Math.floor(3 * Math.log(free)); // the start and one generation of CMA-ES's default population
        String[] common = {"calibrate", "--scenario-file", copy.toString(), "--method", "CMAES", "--scale", "0.0003", "--seeds", "1,2",
            "--evaluations", Integer.toString(evaluations), "--from", "2005-01", "--to", "2020-12", "--master", "local[2]", "--dry-run", "--quiet"};
        Run spark = Run.of(java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.stream.Stream.of("--engine", "spark"))
                .toArray(String[]::new));
        Run loop = Run.of(java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.stream.Stream.of("--engine", "loop"))
                .toArray(String[]::new));
        assertEquals(0, spark.exitCode(), spark.err());
        assertEquals(0, loop.exitCode(), loop.err());
        assertTrue(spark.out().contains("on Apache Spark 4"), spark.out());
        assertTrue(spark.out().contains("after " + evaluations + " evaluations"), "the start and one generation of 4 + floor(3 ln " + free + "): "
                + spark.out());
        // Everything after the engine's name: the objective, the fitted values and every target's fit.
        assertEquals(loop.out().substring(loop.out().indexOf('\n')), spark.out().substring(spark.out().indexOf('\n')));
    }
}
