package org.corridor.app.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.app.Run;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.calibrate.CalibrationRecord;
import org.corridor.evidence.compare.FigureClass;
import org.corridor.evidence.compare.FigureClasses;
import org.corridor.evidence.compare.Simulated;
import org.corridor.evidence.observation.Observation;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI's smoke calibration held back in time: a held-back calibration end to end with four evaluations
 * (the start and one CMA-ES generation of three) at a tiny scale, then its validation.
 */
class HeldBackCalibrationTest {
    @TempDir
    Path dir;

    @Test
    void aHeldBackCalibrationWritesAScenarioFittedOnlyToTheFiguresUpToTheYearAndValidateReportsIt() throws IOException {
        Path baseline = Path.of("..", CalibrateCommand.BASELINE.toString());
        String before = Files.readString(baseline);
        Path file = dir.resolve("held-back-2013.yaml");
        Run r = Run.of("calibrate", "--held-back", "2013", "--out", file.toString(), "--scenario-file", baseline.toString(), "--scale", "0.0005",
                "--seeds", "1", "--method", "CMAES", "--population", "3", "--evaluations", "4", "--engine", "loop", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("2005-01 to 2013-12"), "the runs end with the held-back year: " + r.out());
        assertTrue(r.out().contains("not fitted: return.ban_deterrence"), "no target up to 2013 informs it: " + r.out());
        assertEquals(before, Files.readString(baseline), "the shipped baseline is never written");

        // The written scenario loads, extends the baseline and runs over its whole period.
        Simulation simulation = Simulation.embedded();
        Scenario s = simulation.scenarios().load(file.toString());
        assertEquals("held-back-2013", s.name());
        assertEquals(2026, s.to().getYear());
        assertTrue(s.calibrated().contains("remittance.send_share"), s.calibrated().toString());
        // A parameter it does not fit keeps its hand-set value, not the shipped fit's, which saw the later figures.
        Scenario shipped = simulation.scenarios().load("baseline");
        assertEquals(simulation.behaviour().get("return.ban_deterrence"), simulation.behaviourOf(s).get("return.ban_deterrence"));
        assertTrue(simulation.behaviourOf(shipped).get("return.ban_deterrence") != simulation.behaviour().get("return.ban_deterrence"),
                "the shipped fit moved it, so the line above tells the two apart");

        // Its targets are only figures dated up to 2013, and the objective did not rise.
        String text = Files.readString(file);
        CalibrationRecord record = CalibrationRecord.of(text).orElseThrow();
        assertEquals(2013, record.heldBackUntil().getAsInt());
        assertTrue(record.notFitted().contains("return.ban_deterrence"), record.notFitted().toString());
        Evidence evidence = Evidence.embedded();
        assertFalse(record.targets().isEmpty());
        for (String id : record.targets()) {
            assertTrue(evidence.observations().get(id).period().last() <= 2013, id + " is dated after 2013");
        }
        assertTrue(record.targets().contains("wb-remittances-gdp-share-kg-2013"), "the series' years up to 2013 are targets");
        JsonNode objective = new ObjectMapper(new YAMLFactory()).readTree(text).path("calibration").path("objective");
        assertTrue(objective.path("fitted").asDouble() <= objective.path("start").asDouble(), objective.toString());

        // A further pass starts where this one ended (a scenario held back to the same year is blind to the later figures too).
        Path again = dir.resolve("held-back-2013-again.yaml");
        Run pass = Run.of("calibrate", "--held-back", "2013", "--out", again.toString(), "--scenario-file", file.toString(), "--scale", "0.0005",
                "--seeds", "1", "--method", "CMAES", "--population", "3", "--evaluations", "4", "--engine", "loop", "--quiet");
        assertEquals(0, pass.exitCode(), pass.err());
        JsonNode second = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(again)).path("calibration").path("objective");
        // The file holds the values to four figures, so the start is the first pass's fit to within that rounding, and nearer
        // to it than to the first pass's start (the hand-set values) whenever the first pass moved.
        double firstStart = objective.path("start").asDouble();
        double firstFit = objective.path("fitted").asDouble();
        double secondStart = second.path("start").asDouble();
        assertEquals(firstFit, secondStart, 0.05 * firstFit, "the second pass starts at the first's fit");
        assertTrue(firstStart == firstFit || Math.abs(secondStart - firstFit) < Math.abs(secondStart - firstStart),
                "the second pass starts from the first's fit, not from the hand-set values: " + second);

        // Classed by its targets, every figure after 2013 that is compared is a check of it.
        FigureClasses held = evidence.classes(evidence.targets().only(record.targets()));
        int checksAfter = 0;
        for (Observation o : evidence.observations().all()) {
            FigureClass k = held.of(o, new Simulated.Value(1)).figureClass();
            // A span reaching back into the held-back years (2011/2015) may measure what a target of those years measures.
            if (o.period().first() > 2013) {
                assertFalse(k == FigureClass.TARGET || k == FigureClass.TARGET_ALIKE, o.id() + " is " + k);
                checksAfter += k == FigureClass.CHECK ? 1 : 0;
            }
        }
        assertTrue(checksAfter > 20, "checks after 2013: " + checksAfter);
        assertEquals(FigureClass.CHECK, held.of(evidence.observations().get("wb-remittances-gdp-share-tj-2016"), new Simulated.Value(1)).figureClass());

        // corridor validate runs it beside the shipped baseline and reports both sides of the year and Flee's measure.
        Path report = dir.resolve("report");
        Run v = Run.of("validate", "--scale", "0.0005", "--held-back", file.toString(), "--out", report.toString(), "--quiet");
        assertEquals(0, v.exitCode(), v.err());
        assertTrue(v.out().contains("up to 2013") && v.out().contains("2014 on"), v.out());
        assertTrue(v.out().contains("Flee's averaged relative difference"), v.out());
        List<String> rows = Files.readAllLines(report.resolve("held-back.csv"));
        assertTrue(rows.get(0).startsWith("id,kind,period,side,observed,shipped_class"), rows.get(0));
        // The CSV writer quotes some cells and not others.
        assertTrue(rows.stream().anyMatch(l -> l.replace("\"", "").matches("wb-remittances-gdp-share-tj-2016,money,2016,after 2013,[^,]+,\\w+,[^,]*,[^,]*,check,.*")),
                "the 2016 share is a check of the held-back calibration");
        List<String> forecasts = Files.readAllLines(report.resolve("forecasts.csv"));
        assertTrue(forecasts.stream().anyMatch(l -> l.contains("World Bank: remittances gdp share") && l.contains(",TJ,")), forecasts.toString());
        assertTrue(Files.readString(report.resolve("index.html")).contains("Held back in time"));
    }

    @Test
    void badHeldBackInputExitsWithTwoNamingTheOptionAndWritesNothing() throws IOException {
        Path file = dir.resolve("never.yaml");
        String baseline = Path.of("..", CalibrateCommand.BASELINE.toString()).toString();
        Run early = Run.of("calibrate", "--held-back", "1990", "--out", file.toString(), "--scenario-file", baseline, "--engine", "loop");
        assertEquals(2, early.exitCode());
        assertTrue(early.err().contains("--held-back"), early.err());
        Run late = Run.of("calibrate", "--held-back", "2013", "--to", "2016-12", "--out", file.toString(), "--scenario-file", baseline, "--engine",
                "loop");
        assertEquals(2, late.exitCode());
        assertTrue(late.err().contains("--to"), late.err());
        // A scenario that extends the calibrated baseline carries the shipped fit, which saw the figures held back.
        Path extending = dir.resolve("extending.yaml");
        Files.writeString(extending, "name: extending\ndescription: a scenario on the baseline\nextends: baseline\nperiod: {from: 2005-01, to: 2020-12}\n");
        Run fromFit = Run.of("calibrate", "--held-back", "2013", "--out", file.toString(), "--scenario-file", extending.toString(), "--engine", "loop");
        assertEquals(2, fromFit.exitCode(), fromFit.err());
        assertTrue(fromFit.err().contains("--scenario-file") && fromFit.err().contains("hand-set"), fromFit.err());
        assertFalse(Files.exists(file));
        Run outAlone = Run.of("calibrate", "--out", file.toString(), "--dry-run", "--engine", "loop");
        assertEquals(2, outAlone.exitCode());
        assertTrue(outAlone.err().contains("--out"), outAlone.err());
        Run intoBaseline = Run.of("calibrate", "--held-back", "2013", "--out", Path.of("..", CalibrateCommand.BASELINE.toString()).toString(),
                "--scenario-file", Path.of("..", CalibrateCommand.BASELINE.toString()).toString(), "--engine", "loop");
        assertEquals(2, intoBaseline.exitCode());
        assertTrue(intoBaseline.err().contains("--out"), intoBaseline.err());
        Run population = Run.of("calibrate", "--population", "3", "--dry-run", "--engine", "loop");
        assertEquals(2, population.exitCode());
        assertTrue(population.err().contains("--population"), population.err());
        Run notHeldBack = Run.of("validate", "--held-back", Path.of("..", CalibrateCommand.BASELINE.toString()).toString(), "--out",
                dir.resolve("never").toString());
        assertEquals(2, notHeldBack.exitCode());
        assertTrue(notHeldBack.err().contains("--held-back") && notHeldBack.err().contains("no held_back record"), notHeldBack.err());
        assertFalse(Files.exists(file) || Files.exists(dir.resolve("never")));
    }
}
