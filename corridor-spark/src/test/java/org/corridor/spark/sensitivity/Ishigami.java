package org.corridor.spark.sensitivity;

/**
 * The Ishigami function (Ishigami and Homma 1990), the usual test of sensitivity estimators:
 * f(x) = sin(x1) + a sin^2(x2) + b x3^4 sin(x1), x_i uniform on [-pi, pi], here a = 7, b = 0.1, with its
 * analytic variance decomposition: only x1, x2 and the x1-x3 interaction contribute.
 */
final class Ishigami {
    static final double A = 7;
    static final double B = 0.1;
    static final double PI4 = Math.pow(Math.PI, 4);
    static final double PI8 = PI4 * PI4;
    static final double V1 = 0.5 * (1 + B * PI4 / 5) * (1 + B * PI4 / 5);
    static final double V2 = A * A / 8;
    static final double V13 = B * B * PI8 * (1.0 / 18 - 1.0 / 50);
    static final double V = V1 + V2 + V13;
    /** First-order indices of x1, x2, x3: 0.3139, 0.4424, 0. */
    static final double[] FIRST = {V1 / V, V2 / V, 0};
    /** Total indices of x1, x2, x3: 0.5576, 0.4424, 0.2437. */
    static final double[] TOTAL = {(V1 + V13) / V, V2 / V, V13 / V};

    private Ishigami() {
    }

    /** f at a point u of the unit cube, the first three coordinates mapped to [-pi, pi]; further coordinates are ignored (dummies). */
    static double at(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        double s2 = Math.sin(x2);
        return Math.sin(x1) + A * s2 * s2 + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    static double[] at(double[][] points) {
        double[] y = new double[points.length];
        for (int p = 0; p < points.length; p++) {
            y[p] = at(points[p]);
        }
        return y;
    }
}
