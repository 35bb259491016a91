package org.corridor.evidence.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.evidence.compare.Comparison;
import org.corridor.evidence.compare.Simulated;
import org.corridor.evidence.observation.Observations;
import org.corridor.evidence.targets.Target;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.behaviour.BehaviourParameter;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationBlockTest {
    private static final String SCENARIO = """
            name: baseline-copy
            description: a copy
            period: {from: 2005-01, to: 2025-12}
            """;

    @Test
    void theWrittenBlockLoadsBackAsCalibratedValuesAndKeepsTheScenariosOwnText(@TempDir Path dir) throws Exception {
        List<FreeParameter> free = List.of(new FreeParameter("migration.base_hazard", "KG", 0.002, 0.04, "r"),
                new FreeParameter("legal.registration_rate", "ALL", 0.3, 0.95, "r"));
        Map<String, List<Double>> values = new LinkedHashMap<>();
        values.put("migration.base_hazard", List.of(0.032, 0.01234, 0.012));
        values.put("legal.registration_rate", List.of(0.7123));
        Observations obs = Observations.embedded();
        Target t = new Target(obs.all().get(0).id(), 0.25, 1, "r");
        Comparison fit = new Comparison(obs.get(t.observation()), t, new Simulated.Value(obs.get(t.observation()).baseValue() * 1.1), 0.25);
        Calibrator.Settings settings = new Calibrator.Settings(0.004, List.of(1L, 2L), YearMonth.of(2005, 1), YearMonth.of(2017, 12), 36, 2, 60,
                Calibrator.Method.BOBYQA, 1);
        Calibrator.Result result = new Calibrator.Result(free, values, 0.05, 0.09, 60, List.of(fit), settings);
        Path file = dir.resolve("baseline-copy.yaml");
        // An earlier block set a value this calibration does not fit: it must stay, unmarked.
        Files.writeString(file, SCENARIO + CalibrationBlock.MARKER + "\nbehaviour:\n  legal.passport_abroad: 0.5\n");
        Simulation sim = Simulation.embedded();
        Scenario base = sim.scenarios().load(file.toString());
        CalibrationBlock.write(file, CalibrationBlock.render(result, base, LocalDate.of(2026, 11, 22)));
        CalibrationBlock.write(file, CalibrationBlock.render(result, base, LocalDate.of(2026, 11, 23)));
        String text = Files.readString(file);
        assertTrue(text.startsWith(SCENARIO), "the scenario's own lines are kept");
        assertEquals(1, text.split(CalibrationBlock.MARKER, -1).length - 1, "one block, replaced not appended");
        assertTrue(text.contains("date: 2026-11-23"));
        assertTrue(text.contains("error_percent: 10.0"));

        Scenario loaded = sim.scenarios().load(file.toString());
        assertEquals(values.keySet(), loaded.calibrated());
        assertEquals(List.of(0.5), loaded.behaviour().get("legal.passport_abroad"), "values the fit ran with are written too");
        Behaviour behaviour = sim.behaviourOf(loaded);
        assertEquals(0.01234, behaviour.get("migration.base_hazard", 1), 1e-12);
        assertEquals(0.7123, behaviour.get("legal.registration_rate"), 1e-12);
        assertEquals(BehaviourParameter.Status.CALIBRATED, behaviour.parameter("legal.registration_rate").status());
    }

    @Test
    void aScenarioWithItsOwnBehaviourAboveTheMarkerIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalibrationBlock.checkHead(SCENARIO + "behaviour:\n  legal.passport_abroad: 0.5\n"));
        assertTrue(e.getMessage().contains("'behaviour:'"), e.getMessage());
    }

    @Test
    void numbersKeepFourSignificantDigits() {
        assertEquals("0.01234", CalibrationBlock.number(0.0123449));
        assertEquals("1234000", CalibrationBlock.number(1_234_321));
        assertEquals(0.07123, Calibrator.round(0.0712345), 1e-15);
    }
}
