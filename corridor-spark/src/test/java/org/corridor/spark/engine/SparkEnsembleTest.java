package org.corridor.spark.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.ScenarioLoader;
import org.corridor.sim.scenario.ScenarioText;
import org.corridor.spark.ensemble.Arm;
import org.corridor.spark.ensemble.EnsemblePlan;
import org.corridor.spark.ensemble.EnsembleSpec;
import org.corridor.spark.ensemble.EnsembleSummary;
import org.corridor.spark.ensemble.ReplicaOutput;
import org.corridor.spark.ensemble.SummaryCell;
import org.corridor.sim.output.Measure;
import org.junit.jupiter.api.Test;

/** A tiny ensemble through Spark's local mode and through the plain loop: the same replicas, the same bytes. */
class SparkEnsembleTest {
    private static final Simulation SIMULATION = Simulation.embedded();

    static EnsembleSpec tiny(String scenario, int seeds, int draws) {
        return new EnsembleSpec(ScenarioLoader.read(scenario), ScenarioLoader.read("baseline"), seeds, draws, 1, 1, 0.0005,
                YearMonth.of(2013, 1), YearMonth.of(2014, 12), 12, 1);
    }

    static String summary(List<ReplicaOutput> outputs, double scale) throws IOException {
        StringWriter w = new StringWriter();
        EnsembleSummary.of(outputs, scale).writeCsv(w);
        return w.toString();
    }

    @Test
    void oneAndThreePartitionsAndThePlainLoopGiveTheSameSummary() throws IOException {
        EnsemblePlan plan = EnsemblePlan.of(SIMULATION, tiny("no-ban-database", 2, 2));
        assertEquals(8, plan.tasks().size(), "2 seeds x 2 draws, scenario and baseline");
        SparkMaster local = new SparkMaster("local[2]");
        String one;
        try (SparkRunner spark = new SparkRunner(local, 1, List.of(), null)) {
            one = summary(spark.run(plan.tasks(), ReplicaRunner.Progress.NONE), 0.0005);
            // a second job on the same context, as a calibration's generations are
            assertEquals(one, summary(spark.run(plan.tasks(), ReplicaRunner.Progress.NONE), 0.0005));
        }
        String three;
        try (SparkRunner spark = new SparkRunner(local, 3, List.of(), null)) {
            spark.warmUp();
            three = summary(spark.run(plan.tasks(), ReplicaRunner.Progress.NONE), 0.0005);
        }
        String loop = summary(new LoopRunner(2).run(plan.tasks(), ReplicaRunner.Progress.NONE), 0.0005);
        assertEquals(one, three);
        assertEquals(one, loop);
        assertTrue(one.lines().count() > 1000);
    }

    @Test
    void aScenarioAgainstItselfDiffersByNothingReplicaByReplica() {
        EnsembleSpec spec = new EnsembleSpec(ScenarioLoader.read("baseline"), ScenarioLoader.read("baseline"), 2, 2, 5, 9, 0.0005,
                YearMonth.of(2013, 1), YearMonth.of(2013, 6), 6, 1);
        EnsembleSummary s = EnsembleSummary.of(new LoopRunner(2).run(EnsemblePlan.of(SIMULATION, spec).tasks(), ReplicaRunner.Progress.NONE),
                spec.scale());
        int abroad = SummaryCell.CELLS.indexOf(new SummaryCell(-1, -1, Measure.ABROAD, null, null));
        for (int m = 0; m < s.months().size(); m++) {
            EnsembleSummary.Band d = s.band(Arm.DIFFERENCE, m, abroad);
            assertEquals(0, d.p05());
            assertEquals(0, d.p95());
            EnsembleSummary.Band b = s.band(Arm.BASELINE, m, abroad);
            assertTrue(b.p95() > b.p05(), "seeds and draws spread the baseline itself: " + b);
        }
    }

    @Test
    void drawsMoveTheParametersAndSeedsAloneDoNot() {
        EnsemblePlan drawn = EnsemblePlan.of(SIMULATION, tiny("baseline", 1, 3));
        assertEquals(3, drawn.points().length);
        assertTrue(drawn.factors().size() > 100);
        assertNotEquals(drawn.tasks().get(0).point()[0], drawn.tasks().get(1).point()[0]);
        EnsemblePlan seedsOnly = EnsemblePlan.of(SIMULATION, tiny("baseline", 3, 0));
        assertTrue(seedsOnly.tasks().stream().allMatch(t -> t.point() == null && t.key().draw() == 0));
        assertEquals(List.of(1L, 2L, 3L), seedsOnly.tasks().stream().filter(t -> t.key().arm() == Arm.SCENARIO).map(t -> t.key().seed()).toList());
    }

    @Test
    void aScenariosLeversAreHeldNotDrawn() {
        EnsemblePlan plan = EnsemblePlan.of(SIMULATION, tiny("passports-at-embassy", 1, 2));
        assertEquals(java.util.Set.of("legal.passport_abroad"), plan.levers());
        assertTrue(plan.factors().stream().noneMatch(f -> f.parameter().equals("legal.passport_abroad")));
    }

    @Test
    void badSpecsAndMastersAreRefusedWithTheirReason() {
        ScenarioText b = ScenarioLoader.read("baseline");
        YearMonth m = YearMonth.of(2013, 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EnsembleSpec(b, b, 0, 0, 1, 1, 0.001, m, m, 0, 1))
                .getMessage().contains("replicas must be between 1 and 10000"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EnsembleSpec(b, b, 200, 100, 1, 1, 0.001, m, m, 0, 1))
                .getMessage().contains("replicas x parameter draws must be at most 10000"));
        assertThrows(IllegalArgumentException.class, () -> new SparkMaster("mesos://x"));
        long start = System.nanoTime();
        IllegalArgumentException unreachable = assertThrows(IllegalArgumentException.class,
                () -> new SparkMaster("spark://127.0.0.1:1").checkReachable());
        assertTrue(unreachable.getMessage().startsWith("no Spark master answers at 127.0.0.1:1"), unreachable.getMessage());
        assertTrue((System.nanoTime() - start) / 1e9 < 30);
    }
}
