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
                a: {value: 0.5, source: "a release", status: sourced, range: {low: 0.4, high: 0.6, basis: source-interval, reason: r}}
                b: {value: [1, 2, 3, 4], source: x, status: assumption, note: "by hand",
                    range: {vary: scale, low: 0.5, high: 2, basis: assumption, reason: r}}
                c: {value: {TJ: 1, KG: 2, UZ: 3}, source: x, status: assumption, note: "by hand",
                    range: {low: {TJ: 1, KG: 1, UZ: 3}, high: {TJ: 1, KG: 4, UZ: 5}, basis: assumption, reason: r}}
                """));
        assertEquals(0.5, b.get("a"));
        assertEquals(4, b.parameter("b").values().size());
        assertEquals(2, b.get("c", 1));
        assertEquals(0.5, b.get("a", 2), "one value serves every origin");
    }

    @Test
    void badParametersNameTheFileLineAndField() {
        String range = "  range: {low: 0, high: 9, basis: assumption, reason: r}\n";
        assertError("a:\n  value: 1\n  source: x\n  status: guessed\n" + range, "b.yaml:4: a.status: expected sourced, assumption or calibrated");
        assertError("a:\n  value: 1\n  source: x\n  status: assumption\n" + range, "a.note: an assumption or calibration must say why");
        assertError("a:\n  value: [1, two]\n  source: x\n  status: sourced\n" + range, "b.yaml:2: a.value[1]: expected a number, got 'two'");
        assertError("a:\n  value: {TJ: 1, KG: 2}\n  source: x\n  status: sourced\n" + range, "a.value: expected exactly TJ, KG and UZ");
        assertError("a:\n  value: 1\n  status: sourced\n" + range, "a.source: missing");
        assertError("a:\n  value: 1\n  source: x\n  status: sourced\n  colour: red\n" + range, "b.yaml:5: a.colour: unknown key");
    }

    @Test
    void badRangesNameTheFileLineAndField() {
        String head = "a:\n  value: 1\n  source: x\n  status: sourced\n";
        assertError(head, "b.yaml:1: a.range: missing: every parameter needs {low, high, basis, reason}");
        assertError(head + "  range:\n    low: 2\n    high: 0.5\n    basis: assumption\n    reason: r\n", "b.yaml:6: a.range.low: is above high");
        assertError(head + "  range: {low: 1.5, high: 2, basis: assumption, reason: r}\n", "a.range: the value 1.0 lies outside [1.5, 2.0]");
        assertError(head + "  range: {low: 0, high: 2, basis: guessed, reason: r}\n", "a.range.basis: expected one of [source-interval, source-spread,");
        assertError(head + "  range: {low: 0, high: 2, basis: assumption}\n", "a.range.reason: missing");
        assertError(head + "  range: {low: 0, high: 2, basis: fixed, reason: r}\n", "a.range.basis: fixed, but low and high differ");
        assertError(head + "  range: {low: [0], high: 2, basis: assumption, reason: r}\n", "a.range.low: expected the value's shape");
        assertError(head + "  range: {vary: scale, low: 0.5, high: 2, basis: assumption, reason: r}\n", "a.range.vary: scale varies a list");
        String shares = "a:\n  value: [5, 0, 95]\n  source: x\n  status: sourced\n";
        assertError(shares + "  range: {vary: amplitude, low: 0.5, high: 1.2, basis: assumption, reason: r}\n",
                "a.range.high: an amplitude this large makes an element negative");
        assertError(shares + "  range: {vary: amplitude, low: 1.1, high: 1.2, basis: assumption, reason: r}\n",
                "a.range: the value itself (a factor of 1) lies outside [1.1, 1.2]");
    }

    @Test
    void allowedValuesBoundTheValueAndTheRangeAndAreWellFormed() {
        String head = "a:\n  value: 0.5\n  source: x\n  status: sourced\n";
        String range = "  range: {low: 0, high: 1, basis: assumption, reason: r}\n";
        Behaviour b = BehaviourLoader.parse(LocatedYaml.parse("b.yaml", head + "  allowed: {at_least: 0, at_most: 1}\n" + range));
        assertTrue(b.parameter("a").allowed().admits(1.0) && !b.parameter("a").allowed().admits(1.01));
        assertError(head + "  allowed: {at_most: 0.4}\n" + range, "b.yaml:2: a.value: 0.5 is outside the allowed values (at most 0.4)");
        assertError(head + "  allowed: {at_least: 0, at_most: 0.9}\n" + range,
                "a.range: the range reaches 1.0, outside the allowed values (between 0.0 and 0.9)");
        assertError(head + "  allowed: {at_least: 2, at_most: 1}\n" + range, "a.allowed: at_least is above at_most");
        assertError(head + "  allowed: {below: 1}\n" + range, "a.allowed.below: unknown key");
        assertError(head + "  allowed: {at_most: one}\n" + range, "a.allowed.at_most: expected a number");
    }

    @Test
    void aRangeMapsTheUnitCubeOntoItsBounds() {
        ParameterRange each = new ParameterRange(java.util.List.of(1.0, 2.0, 3.0), java.util.List.of(1.0, 4.0, 5.0),
                ParameterRange.Variation.EACH, ParameterRange.Basis.ASSUMPTION, "r");
        assertEquals(2, each.factors(), "an element with equal bounds is not a factor");
        assertEquals(java.util.List.of(1.0, 3.0, 5.0), each.at(java.util.List.of(1.0, 2.0, 3.0), new double[] {0.5, 1.0}, 0));
        ParameterRange amplitude = new ParameterRange(java.util.List.of(0.0), java.util.List.of(1.0),
                ParameterRange.Variation.AMPLITUDE, ParameterRange.Basis.ASSUMPTION, "r");
        java.util.List<Double> flat = amplitude.at(java.util.List.of(10.0, 20.0, 70.0), new double[] {0.5}, 0);
        assertEquals(100.0, flat.stream().mapToDouble(Double::doubleValue).sum(), 1e-9, "an amplitude keeps the sum");
        assertEquals(70.0 / 3 - 5 / 3.0, flat.get(0), 1e-9, "halfway from 10 to the mean of 33.3");
        assertEquals(155.0 / 3, flat.get(2), 1e-9);
        ParameterRange scale = new ParameterRange(java.util.List.of(0.5), java.util.List.of(2.0),
                ParameterRange.Variation.SCALE, ParameterRange.Basis.ASSUMPTION, "r");
        assertEquals(java.util.List.of(2.0, 4.0), scale.at(java.util.List.of(1.0, 2.0), new double[] {1.0}, 0));
    }

    @Test
    void everyEmbeddedParameterHasARangeAroundItsValueAndAReason() {
        for (BehaviourParameter p : BehaviourLoader.embedded().parameters()) {
            ParameterRange r = p.range();
            assertTrue(!r.reason().isBlank(), p.id() + ": a range needs its reason");
            if (r.basis() == ParameterRange.Basis.CALIBRATION) {
                continue; // it holds the fitted value, which the baseline scenario has (ParameterSpaceTest)
            }
            if (r.vary() == ParameterRange.Variation.EACH) {
                for (int k = 0; k < p.values().size(); k++) {
                    double v = p.values().get(k);
                    assertTrue(r.low().get(k) <= v && v <= r.high().get(k), p.id() + "[" + k + "]: " + v + " outside its range");
                }
            } else {
                assertTrue(r.low().get(0) <= 1 && 1 <= r.high().get(0), p.id() + ": the value (factor 1) outside its range");
            }
        }
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
