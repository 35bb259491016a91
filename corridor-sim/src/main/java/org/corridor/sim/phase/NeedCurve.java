package org.corridor.sim.phase;

/**
 * The need factor on the hazard of leaving: (what the household needs / what it has) to the power
 * of an elasticity, kept within bounds. Read from a table over the logarithm of the ratio, with
 * straight lines between entries, so a household costs a lookup rather than a power each month; the
 * table's error is below a thousandth of the factor.
 */
final class NeedCurve {
    private static final int ENTRIES = 1024;

    private final double min;
    private final double max;
    private final double logLow;
    private final double logHigh;
    private final double step;
    private final double[] table = new double[ENTRIES + 1];

    NeedCurve(double elasticity, double min, double max) {
        if (!(elasticity > 0) || !(min > 0) || !(max >= min)) {
            throw new IllegalArgumentException("need: elasticity and bounds must be positive, with min <= max");
        }
        this.min = min;
        this.max = max;
        // Beyond these ratios the factor is at a bound.
        this.logLow = Math.log(min) / elasticity;
        this.logHigh = Math.log(max) / elasticity;
        this.step = (logHigh - logLow) / ENTRIES;
        for (int k = 0; k <= ENTRIES; k++) {
            table[k] = Math.max(min, Math.min(max, Math.exp(elasticity * (logLow + k * step))));
        }
    }

    double at(double ratio) {
        if (!(ratio > 0)) {
            return min;
        }
        double x = (Math.log(ratio) - logLow) / step;
        if (x <= 0) {
            return min;
        }
        if (x >= ENTRIES) {
            return max;
        }
        int k = (int) x;
        double f = x - k;
        return table[k] + (table[k + 1] - table[k]) * f;
    }

    /** The exact value, for tests. */
    static double exact(double ratio, double elasticity, double min, double max) {
        return Math.max(min, Math.min(max, Math.pow(ratio, elasticity)));
    }
}
