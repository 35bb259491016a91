package org.corridor.sim.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridor.sim.yaml.InputError;
import org.corridor.sim.yaml.LocatedYaml;
import org.junit.jupiter.api.Test;

class BehaviourLoaderTest {
    @Test
    void valuesAreOneNumberAListOrOnePerOrigin() {
        Behaviour b = BehaviourLoader.parse(LocatedYaml.parse("b.yaml", """
                a: {value: 0.5, source: "a release", status: sourced}
                b: {value: [1, 2, 3, 4], source: x, status: assumption, note: "by hand"}
                c: {value: {TJ: 1, KG: 2, UZ: 3}, source: x, status: assumption, note: "by hand"}
                """));
        assertEquals(0.5, b.get("a"));
        assertEquals(4, b.parameter("b").values().size());
        assertEquals(2, b.get("c", 1));
        assertEquals(0.5, b.get("a", 2), "one value serves every origin");
    }

    @Test
    void badParametersNameTheFileLineAndField() {
        assertError("a:\n  value: 1\n  source: x\n  status: guessed\n", "b.yaml:4: a.status: expected sourced, assumption or calibrated");
        assertError("a:\n  value: 1\n  source: x\n  status: assumption\n", "a.note: an assumption or calibration must say why");
        assertError("a:\n  value: [1, two]\n  source: x\n  status: sourced\n", "b.yaml:2: a.value[1]: expected a number, got 'two'");
        assertError("a:\n  value: {TJ: 1, KG: 2}\n  source: x\n  status: sourced\n", "a.value: expected exactly TJ, KG and UZ");
        assertError("a:\n  value: 1\n  status: sourced\n", "a.source: missing");
        assertError("a:\n  value: 1\n  source: x\n  status: sourced\n  colour: red\n", "b.yaml:5: a.colour: unknown key");
    }

    @Test
    void theEmbeddedParametersLoad() {
        assertTrue(BehaviourLoader.embedded().parameters().size() > 50);
    }

    private static void assertError(String text, String expected) {
        InputError e = assertThrows(InputError.class, () -> BehaviourLoader.parse(LocatedYaml.parse("b.yaml", text)));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
