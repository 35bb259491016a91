package org.corridor.spark.sensitivity;

import static org.corridor.spark.sensitivity.MorrisDesignTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SaltelliDesignTest {
    @Test
    void laysOutABThenOneABMatrixPerFactor() {
        int n = 64;
        SaltelliDesign design = SaltelliDesign.of(3, n, 8);
        double[][] points = design.points();
        assertEquals(n * (3 + 2), points.length);
        assertEquals(points.length, design.size());
        assertEquals(3, design.groupCount());
        assertArrayEquals(points[3 * n + 5], design.point(3 * n + 5));
        for (int row = 0; row < n; row++) {
            double[] a = points[row];
            double[] b = points[n + row];
            for (int i = 0; i < 3; i++) {
                assertTrue(a[i] != b[i], "A and B are independent samples");
                double[] ab = points[(2 + i) * n + row];
                for (int j = 0; j < 3; j++) {
                    assertEquals(j == i ? b[j] : a[j], ab[j], "row " + row + " of AB_" + i + ", column " + j);
                }
            }
        }
    }

    @Test
    void movesAGroupsColumnsTogether() {
        int n = 32;
        SaltelliDesign design = SaltelliDesign.of(4, new int[][] {{0, 2}, {1}}, n, 8);
        double[][] points = design.points();
        assertEquals(n * (2 + 2), points.length, "N (g + 2)");
        assertArrayEquals(new int[][] {{0, 2}, {1}}, design.groups());
        for (int row = 0; row < n; row++) {
            double[] a = points[row];
            double[] b = points[n + row];
            assertArrayEquals(new double[] {b[0], a[1], b[2], a[3]}, points[2 * n + row]);
            assertArrayEquals(new double[] {a[0], b[1], a[2], a[3]}, points[3 * n + row]);
        }
        assertArrayEquals(Arrays.copyOfRange(SaltelliDesign.of(4, n, 8).points(), 0, 2 * n), Arrays.copyOfRange(points, 0, 2 * n),
                "the groups change only the AB matrices");
    }

    @Test
    void baseSamplesFillTheCubeEvenly() {
        int n = 1024;
        SaltelliDesign design = SaltelliDesign.of(3, n, 1);
        double[][] points = design.points();
        for (double[] x : points) {
            for (double u : x) {
                assertTrue(u >= 0 && u < 1, "in [0, 1): " + u);
            }
        }
        // a (t, m, s)-net: each coordinate of the first 2^m points, A's and B's, puts exactly N/16 in each sixteenth
        for (int d = 0; d < 6; d++) {
            int[] counts = new int[16];
            for (int row = 0; row < n; row++) {
                double u = d < 3 ? points[row][d] : points[n + row][d - 3];
                counts[(int) (u * 16)]++;
            }
            for (int c : counts) {
                assertEquals(n / 16, c, "dimension " + d + ": " + Arrays.toString(counts));
            }
        }
    }

    @Test
    void isDeterministicForASeedAndShiftedByIt() {
        assertArrayEquals(SaltelliDesign.of(3, 16, 4).points(), SaltelliDesign.of(3, 16, 4).points());
        assertFalse(Arrays.deepEquals(SaltelliDesign.of(3, 16, 4).points(), SaltelliDesign.of(3, 16, 5).points()));
        for (double u : SaltelliDesign.of(3, 16, 4).points()[0]) {
            assertTrue(u != 0, "the shift moves the first point off the origin");
        }
    }

    @Test
    void rejectsBadArgumentsNamingThem() {
        assertMessage("baseSamples", () -> SaltelliDesign.of(3, 1, 0));
        assertMessage("factors", () -> SaltelliDesign.of(0, 16, 0));
        assertMessage("factors", () -> SaltelliDesign.of(10601, 16, 0));
        assertMessage("groups", () -> SaltelliDesign.of(3, new int[][] {}, 16, 0));
        assertMessage("groups[1]", () -> SaltelliDesign.of(3, new int[][] {{0}, {}}, 16, 0));
        assertMessage("groups[0]", () -> SaltelliDesign.of(3, new int[][] {{3}}, 16, 0));
        assertMessage("groups", () -> SaltelliDesign.of(3, new int[][] {{0, 1}, {1}}, 16, 0));
    }
}
