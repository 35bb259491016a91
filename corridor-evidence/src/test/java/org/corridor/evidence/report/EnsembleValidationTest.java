package org.corridor.evidence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.compare.Comparison;
import org.corridor.evidence.compare.Comparisons;
import org.corridor.evidence.compare.SimulatedFigures;
import org.corridor.evidence.outputs.YearTable;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;
import org.junit.jupiter.api.Test;

class EnsembleValidationTest {
    static final Evidence EVIDENCE = Evidence.embedded();

    /** A table of 2000-2020 with every cell filled, each {@code factor} times a fixed pattern that grows over the years. */
    static YearTable table(double factor) {
        YearTable t = new YearTable(2000, 2020);
        for (int y = 2000; y <= 2020; y++) {
            for (int month = 0; month < 12; month++) {
                t.countMonth(y);
            }
            double growth = 1 + 0.05 * (y - 2000);
            for (Origin o : Origin.ALL) {
                for (int p = 0; p < Place.DESTINATIONS.length; p++) {
                    for (int sex = 0; sex < 2; sex++) {
                        for (Measure m : Measure.ALL) {
                            t.addPeople(y, o, Place.DESTINATIONS[p], sex, m, 1000 * factor * growth * (1 + o.ordinal()) * (1 + p) * (1 + sex)
                                    * (1 + m.ordinal()));
                        }
                    }
                }
                for (HouseholdMeasure m : HouseholdMeasure.ALL) {
                    t.addHouseholds(y, o, m, 5000 * factor * growth * (1 + o.ordinal()) * (1 + m.ordinal()));
                }
            }
        }
        return t;
    }

    static List<Comparison> alone(YearTable t) {
        return Comparisons.of(EVIDENCE.observations(), EVIDENCE.classes(), new SimulatedFigures(t, EVIDENCE.gdp())).all();
    }

    @Test
    void theMedianIsTheMiddleReplicasFigureWithinItsBandAndKeepsItsTargetAndTolerance() {
        // Every figure grows with the factor or does not move with it (a share): the middle replica's is the median.
        EnsembleValidation e = EnsembleValidation.of("baseline", List.of(table(3), table(1), table(2)), EVIDENCE);
        assertEquals(3, e.replicas());
        List<Comparison> middle = alone(table(2));
        List<Comparison> medians = e.medians().all();
        int compared = 0;
        for (int k = 0; k < middle.size(); k++) {
            Comparison m = medians.get(k);
            Comparison expected = middle.get(k);
            String id = expected.observation().id();
            assertEquals(expected.target(), m.target(), id);
            assertEquals(expected.tolerance(), m.tolerance(), id);
            assertEquals(expected.classified(), m.classified(), id);
            assertEquals(expected.compared(), m.compared(), id);
            if (!m.compared()) {
                assertNull(e.band(m), id);
                assertEquals(expected.simulated(), m.simulated(), "the reason stands: " + id);
                continue;
            }
            compared++;
            assertEquals(expected.simulatedValue(), m.simulatedValue(), Math.abs(expected.simulatedValue()) * 1e-12, id);
            assertEquals(expected.relativeError(), m.relativeError(), 1e-9, id);
            Band b = e.band(m);
            assertTrue(b.p05() <= b.median() && b.median() <= b.p95(), id + ": " + b);
            assertEquals(3, b.replicas(), id);
        }
        assertTrue(compared > 50, "compared " + compared);
        assertEquals(e.medians().conflictGroups().size(), e.conflictBands().size());
    }

    @Test
    void oneReplicaIsItsOwnBandAndItsMedianTheRunsFigure() {
        YearTable t = table(1);
        EnsembleValidation e = EnsembleValidation.of("scenario", List.of(t), EVIDENCE);
        List<Comparison> run = alone(t);
        for (int k = 0; k < run.size(); k++) {
            Comparison m = e.medians().all().get(k);
            assertEquals(run.get(k), m, "the comparison itself: " + m.observation().id());
            if (m.compared()) {
                Band b = e.band(m);
                assertNotNull(b);
                assertEquals(new Band(m.simulatedValue(), m.simulatedValue(), m.simulatedValue(), 1), b);
            }
        }
    }
}
