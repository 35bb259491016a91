package org.corridor.evidence.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class AskTellCmaEsTest {
    /** Runs the optimiser for some generations and returns the best value seen and where. */
    static double[] minimise(ToDoubleFunction<double[]> f, double[] start, int generations, long seed) {
        AskTellCmaEs es = new AskTellCmaEs(start, 0.3, 0, seed);
        double best = Double.POSITIVE_INFINITY;
        double[] at = null;
        for (int g = 0; g < generations; g++) {
            double[][] xs = es.ask();
            double[] values = new double[xs.length];
            for (int k = 0; k < xs.length; k++) {
                double[] p = AskTellCmaEs.feasible(xs[k]);
                double v = f.applyAsDouble(p);
                values[k] = AskTellCmaEs.penalised(xs[k], v);
                if (v < best) {
                    best = v;
                    at = p;
                }
            }
            es.tell(values);
        }
        double[] result = new double[at.length + 1];
        result[0] = best;
        System.arraycopy(at, 0, result, 1, at.length);
        return result;
    }

    @Test
    void findsTheMinimumOfASphereInsideTheCube() {
        double[] r = minimise(x -> {
            double s = 0;
            for (double v : x) {
                s += (v - 0.3) * (v - 0.3);
            }
            return s;
        }, new double[] {0.8, 0.8, 0.8, 0.8, 0.8}, 150, 1);
        assertTrue(r[0] < 1e-12, "sphere: " + r[0]);
        assertEquals(0.3, r[1], 1e-5);
    }

    @Test
    void followsRosenbrocksCurvedValley() {
        // x = 4u - 2 on [-2, 2]^4; the minimum 0 is at x = 1, u = 0.75
        double[] r = minimise(u -> {
            double s = 0;
            for (int i = 0; i + 1 < u.length; i++) {
                double xi = 4 * u[i] - 2;
                double xj = 4 * u[i + 1] - 2;
                s += 100 * (xj - xi * xi) * (xj - xi * xi) + (1 - xi) * (1 - xi);
            }
            return s;
        }, new double[] {0.2, 0.2, 0.2, 0.2}, 800, 7);
        assertTrue(r[0] < 1e-8, "Rosenbrock: " + r[0]);
        for (int i = 1; i < r.length; i++) {
            assertEquals(0.75, r[i], 1e-3);
        }
    }

    @Test
    void aMinimumBeyondTheCubeIsFoundOnItsFace() {
        double[] r = minimise(x -> (x[0] - 1.4) * (x[0] - 1.4) + (x[1] - 0.5) * (x[1] - 0.5), new double[] {0.5, 0.5}, 120, 3);
        assertEquals(1.0, r[1], 1e-6);
        assertEquals(0.5, r[2], 1e-4);
    }

    @Test
    void theSameSeedAndValuesGiveTheSameCandidates() {
        AskTellCmaEs a = new AskTellCmaEs(new double[] {0.5, 0.5, 0.5}, 0.2, 6, 42);
        AskTellCmaEs b = new AskTellCmaEs(new double[] {0.5, 0.5, 0.5}, 0.2, 6, 42);
        for (int g = 0; g < 5; g++) {
            double[][] xa = a.ask();
            double[][] xb = b.ask();
            assertArrayEquals(xa, xb);
            assertArrayEquals(xa, a.ask(), "asking again before telling gives the same generation");
            double[] values = new double[xa.length];
            for (int k = 0; k < values.length; k++) {
                values[k] = xa[k][0] * xa[k][0] + xa[k][1];
            }
            a.tell(values);
            b.tell(values.clone());
        }
        assertEquals(6, a.lambda());
        assertEquals(5, a.generation());
    }

    @Test
    void tellingTheWrongNumberOfValuesIsRefused() {
        AskTellCmaEs es = new AskTellCmaEs(new double[] {0.5}, 0.2, 4, 1);
        assertThrows(IllegalStateException.class, () -> es.tell(new double[4]), "nothing asked yet");
        es.ask();
        assertThrows(IllegalStateException.class, () -> es.tell(new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new AskTellCmaEs(new double[0], 0.2, 0, 1));
    }
}
