package org.corridor.evidence.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridor.evidence.table.CsvTable;
import org.corridor.sim.behaviour.BehaviourLoader;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.yaml.InputError;
import org.junit.jupiter.api.Test;

class FreeParametersTest {
    private static final String HEADER = "parameter,element,lower,upper,reason\n";

    @Test
    void theBundledFreeParametersBracketTheBaselinesValues() {
        Simulation sim = Simulation.embedded();
        List<FreeParameter> free = FreeParameters.embedded(sim.behaviourOf(sim.scenarios().load("baseline")));
        assertTrue(free.size() >= 5, "too few free parameters: " + free.size());
        for (FreeParameter p : free) {
            assertEquals(0.0, p.toUnit(p.lower()), 1e-12);
            assertEquals(p.upper(), p.fromUnit(1.7), 1e-12, "clamped to the bounds");
        }
    }

    @Test
    void elementsMustFitTheParametersShape() {
        assertBad("migration.base_hazard,ALL,0.001,0.1,r\n", "element: migration.base_hazard has 3 value(s)");
        assertBad("legal.registration_rate,TJ,0.1,0.9,r\n", "element: legal.registration_rate has 1 value(s)");
        assertBad("legal.authorisation_rate,7,0.1,0.9,r\n", "element: legal.authorisation_rate has 3 value(s)");
        assertBad("no.such,ALL,0,1,r\n", "parameter: no behaviour parameter 'no.such'");
        assertBad("legal.registration_rate,ALL,0.9,0.1,r\n", "upper: must be above lower");
        assertBad("legal.registration_rate,ALL,0.1,0.2,r\n", "lower: the current value");
    }

    @Test
    void aListElementIsAPosition() {
        List<FreeParameter> free = FreeParameters.of(CsvTable.parse("f.csv", HEADER + "legal.authorisation_rate,1,0.1,0.9,r\n",
                FreeParameters.COLUMNS), BehaviourLoader.embedded());
        assertEquals(1, free.get(0).index());
        assertEquals("legal.authorisation_rate[1]", free.get(0).label());
    }

    private static void assertBad(String row, String expected) {
        InputError e = assertThrows(InputError.class,
                () -> FreeParameters.of(CsvTable.parse("f.csv", HEADER + row, FreeParameters.COLUMNS), BehaviourLoader.embedded()));
        assertTrue(e.getMessage().startsWith("f.csv:2: " + expected), e.getMessage());
    }
}
