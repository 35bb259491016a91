package org.corridor.evidence.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GravityTest {
    @Test
    void recoversTheCoefficientsOfExactGravityData() {
        // F = e^2 * P^0.8 * Y^1.1 / D^1.3, on pairs whose masses and distances vary independently.
        double[][] xs = {{5, 100, 800}, {8, 300, 3000}, {30, 100, 2500}, {5, 700, 1500}, {30, 700, 900}, {8, 1000, 4000}, {12, 250, 1200}};
        List<Gravity.Pair> pairs = new ArrayList<>();
        for (double[] x : xs) {
            double flow = Math.exp(2) * Math.pow(x[0], 0.8) * Math.pow(x[1], 1.1) / Math.pow(x[2], 1.3);
            pairs.add(new Gravity.Pair("o", "d", flow, x[0], x[1], x[2]));
        }
        Gravity.Fit fit = Gravity.fit(pairs);
        assertEquals(2.0, fit.constant(), 1e-9);
        assertEquals(0.8, fit.originMass(), 1e-9);
        assertEquals(1.1, fit.destinationMass(), 1e-9);
        assertEquals(-1.3, fit.distance(), 1e-9);
        assertEquals(1.0, fit.rSquared(), 1e-9);
    }

    @Test
    void refusesTooFewPairsAndNonPositiveFlows() {
        assertThrows(IllegalArgumentException.class, () -> Gravity.fit(List.of(new Gravity.Pair("a", "b", 1, 1, 1, 1))));
        assertThrows(IllegalArgumentException.class, () -> new Gravity.Pair("a", "b", 0, 1, 1, 1));
    }
}
