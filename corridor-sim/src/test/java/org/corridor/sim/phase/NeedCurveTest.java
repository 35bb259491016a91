package org.corridor.sim.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NeedCurveTest {
    @Test
    void theTableFollowsThePowerWithinAThousandthAndKeepsTheBounds() {
        NeedCurve curve = new NeedCurve(0.7, 0.3, 3.0);
        SplittableRandom random = new SplittableRandom(1);
        for (int k = 0; k < 100_000; k++) {
            double ratio = Math.exp(random.nextDouble(-6, 6));
            double exact = NeedCurve.exact(ratio, 0.7, 0.3, 3.0);
            assertEquals(exact, curve.at(ratio), exact * 1e-3, "ratio " + ratio);
        }
        assertEquals(0.3, curve.at(0));
        assertEquals(0.3, curve.at(-1));
        assertEquals(3.0, curve.at(1e9));
        assertEquals(1.0, curve.at(1.0), 1e-3);
    }

    @Test
    void nonsenseParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NeedCurve(0, 0.3, 3));
        assertThrows(IllegalArgumentException.class, () -> new NeedCurve(1, 3, 0.3));
    }
}
