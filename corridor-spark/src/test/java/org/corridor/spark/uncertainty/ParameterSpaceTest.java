package org.corridor.spark.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.behaviour.BehaviourParameter;
import org.corridor.sim.behaviour.ParameterRange;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class ParameterSpaceTest {
    private static final Simulation SIMULATION = Simulation.embedded();

    @Test
    void everyVariedElementIsOneFactorAndPerOriginValuesAreNamedByOrigin() {
        ParameterSpace space = ParameterSpace.of(SIMULATION.behaviour(), Set.of());
        List<String> names = space.factors().stream().map(Factor::name).toList();
        assertTrue(names.contains("migration.base_hazard[TJ]") && names.contains("migration.base_hazard[UZ]"), names.toString());
        assertTrue(names.contains("migration.season (amplitude)"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("migration.distance_km")), "a fixed parameter is not a factor");
        int expected = 0;
        for (BehaviourParameter p : SIMULATION.behaviour().parameters()) {
            expected += p.range().factors();
        }
        assertEquals(expected, space.dimensions());
        assertTrue(space.dimensions() > 100, "about 150 factors, got " + space.dimensions());
    }

    @Test
    void theCornersOfTheCubeAreTheBoundsAndTheCentreIsTheRunsOwnValue() {
        Behaviour behaviour = SIMULATION.behaviourOf(SIMULATION.scenarios().bundled("baseline"));
        ParameterSpace space = ParameterSpace.of(behaviour, Set.of());
        Map<String, List<Double>> low = space.valuesAt(new double[space.dimensions()]);
        assertEquals(behaviour.parameter("migration.base_hazard").range().low(), low.get("migration.base_hazard"));
        Map<String, List<Double>> centre = space.valuesAt(space.centre());
        for (Map.Entry<String, List<Double>> e : centre.entrySet()) {
            List<Double> own = behaviour.parameter(e.getKey()).values();
            for (int k = 0; k < own.size(); k++) {
                assertEquals(own.get(k), e.getValue().get(k), 1e-9 * Math.max(1, Math.abs(own.get(k))), e.getKey() + "[" + k + "]");
            }
        }
    }

    @Test
    void everyBundledScenariosOwnValuesLieWithinTheRangesItIsDrawnFrom() {
        for (String name : ScenarioLoader.BUNDLED) {
            Scenario s = SIMULATION.scenarios().bundled(name);
            Behaviour behaviour = SIMULATION.behaviourOf(s);
            for (String id : s.calibrated()) {
                ParameterRange r = behaviour.parameter(id).range();
                List<Double> v = behaviour.parameter(id).values();
                for (int k = 0; k < v.size(); k++) {
                    assertTrue(r.low().get(k) <= v.get(k) && v.get(k) <= r.high().get(k),
                            name + ": the fitted " + id + "[" + k + "] = " + v.get(k) + " lies outside its range");
                }
            }
        }
    }

    @Test
    void heldParametersAreNotFactors() {
        ParameterSpace space = ParameterSpace.of(SIMULATION.behaviour(), Set.of("migration.base_hazard"));
        assertFalse(space.factors().stream().anyMatch(f -> f.parameter().equals("migration.base_hazard")));
        assertFalse(space.valuesAt(space.centre()).containsKey("migration.base_hazard"));
    }
}
