package org.corridor.spark.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MorrisDesignTest {
    @Test
    void hasTrajectoriesOfKPlusOnePointsOnTheGridInTheCube() {
        MorrisDesign design = MorrisDesign.of(5, 7, 4, 1);
        double[][] points = design.points();
        assertEquals(7 * 6, points.length);
        assertEquals(points.length, design.size());
        assertEquals(2.0 / 3, design.delta(), 1e-15);
        for (double[] x : points) {
            assertEquals(5, x.length);
            for (double u : x) {
                assertTrue(u >= 0 && u <= 1, "in [0, 1]: " + u);
                double level = u * 3;
                assertEquals(Math.rint(level), level, 1e-12, "on the 4-level grid 0, 1/3, 2/3, 1: " + u);
            }
        }
    }

    @Test
    void eachStepMovesTheNamedFactorByTheSignedDeltaAndEveryFactorOncePerTrajectory() {
        MorrisDesign design = MorrisDesign.of(6, 20, 6, 99);
        double[][] points = design.points();
        double delta = 6.0 / 10;
        boolean up = false;
        boolean down = false;
        for (int j = 0; j < 20; j++) {
            boolean[] moved = new boolean[6];
            for (int s = 0; s < 6; s++) {
                double[] before = points[j * 7 + s];
                double[] after = points[j * 7 + s + 1];
                int factor = design.movedFactor(j, s);
                assertFalse(moved[factor], "factor " + factor + " moved twice in trajectory " + j);
                moved[factor] = true;
                double step = design.signedStep(j, s);
                assertEquals(delta, Math.abs(step), 1e-15);
                up |= step > 0;
                down |= step < 0;
                for (int i = 0; i < 6; i++) {
                    assertEquals(i == factor ? step : 0, after[i] - before[i], 1e-12, "trajectory " + j + " step " + s + " factor " + i);
                }
            }
        }
        assertTrue(up && down, "steps go both ways");
    }

    @Test
    void visitsEveryLevelAboutEquallyOften() {
        MorrisDesign design = MorrisDesign.of(3, 2000, 4, 5);
        int[] visits = new int[4];
        for (double[] x : design.points()) {
            for (double u : x) {
                visits[(int) Math.rint(u * 3)]++;
            }
        }
        int expected = 2000 * 4 * 3 / 4;
        for (int v : visits) {
            assertTrue(Math.abs(v - expected) < 0.05 * expected, Arrays.toString(visits));
        }
    }

    @Test
    void isDeterministicForASeed() {
        assertArrayEquals(MorrisDesign.of(4, 10, 4, 42).points(), MorrisDesign.of(4, 10, 4, 42).points());
        assertFalse(Arrays.deepEquals(MorrisDesign.of(4, 10, 4, 42).points(), MorrisDesign.of(4, 10, 4, 43).points()));
    }

    @Test
    void twoLevelsStepAcrossTheWholeRange() {
        MorrisDesign design = MorrisDesign.of(2, 3, 2, 0);
        assertEquals(1.0, design.delta());
        for (double[] x : design.points()) {
            for (double u : x) {
                assertTrue(u == 0 || u == 1, "corner: " + u);
            }
        }
    }

    @Test
    void pointsAreACopy() {
        MorrisDesign design = MorrisDesign.of(2, 3, 4, 0);
        design.points()[0][0] = 7;
        design.point(0)[0] = 7;
        assertTrue(design.points()[0][0] <= 1);
        assertArrayEquals(design.points()[5], design.point(5));
    }

    @Test
    void rejectsBadArgumentsNamingThem() {
        assertMessage("levels", () -> MorrisDesign.of(3, 10, 5, 0));
        assertMessage("levels", () -> MorrisDesign.of(3, 10, 0, 0));
        assertMessage("levels", () -> MorrisDesign.of(3, 10, 1, 0));
        assertMessage("trajectories", () -> MorrisDesign.of(3, 1, 4, 0));
        assertMessage("factors", () -> MorrisDesign.of(0, 10, 4, 0));
    }

    static void assertMessage(String argument, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(argument), e.getMessage());
    }
}
