package org.corridor.evidence.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridor.evidence.compare.SimulatedFigures;
import org.corridor.evidence.observation.Observations;
import org.corridor.evidence.observation.Period;
import org.corridor.evidence.table.CsvTable;
import org.corridor.sim.yaml.InputError;
import org.junit.jupiter.api.Test;

class TargetsTest {
    private static final Observations OBSERVATIONS = Observations.embedded();

    @Test
    void everyBundledTargetIsAnObservationTheModelHasAnOutputFor() {
        Targets targets = Targets.embedded(OBSERVATIONS);
        assertTrue(targets.all().size() >= 8, "too few targets: " + targets.all().size());
        for (Target t : targets.all()) {
            String indicator = OBSERVATIONS.get(t.observation()).indicator();
            assertTrue(SimulatedFigures.OUTPUTS.containsKey(indicator), t.observation() + ": no output for " + indicator);
            assertTrue(t.reason().length() > 20, t.observation() + " needs its reason");
        }
        assertTrue(targets.all().size() < OBSERVATIONS.all().size() / 4, "most observations stay checks");
        Period span = targets.span(OBSERVATIONS);
        assertTrue(span.first() >= 2005 && span.last() <= 2020, "calibrations run 2005-2020 (--to 2020-12): " + span);
    }

    @Test
    void badRowsAreNamedByLineAndColumn() {
        String id = OBSERVATIONS.all().get(0).id();
        assertBad("nope,0.2,1,r\n", "t.csv:2: observation: no observation 'nope'");
        assertBad(id + ",0,1,r\n", "t.csv:2: tolerance: expected a relative error above 0");
        assertBad(id + ",0.2,-1,r\n", "t.csv:2: weight: expected a positive weight");
        assertBad(id + ",0.2,1,r\n" + id + ",0.3,1,r\n", "t.csv:3: observation: '" + id + "' is a target twice");
    }

    private static void assertBad(String rows, String expected) {
        InputError e = assertThrows(InputError.class,
                () -> Targets.of(CsvTable.parse("t.csv", "observation,tolerance,weight,reason\n" + rows, Targets.COLUMNS), OBSERVATIONS));
        assertEquals(true, e.getMessage().startsWith(expected), e.getMessage());
    }
}
