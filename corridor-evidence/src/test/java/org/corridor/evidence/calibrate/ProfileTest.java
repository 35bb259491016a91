package org.corridor.evidence.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Where a profile's interval ends: the last value before chi-square rises past 3.84 over the fit's. */
class ProfileTest {
    @Test
    void theIntervalEndsBeforeTheFirstPointPastTheThreshold() {
        TreeMap<Double, Double> chi2 = new TreeMap<>();
        chi2.put(0.50, 10.0); // the fit
        chi2.put(0.55, 12.0);
        chi2.put(0.60, 14.5); // past 10 + 3.84
        chi2.put(0.70, 13.0); // beyond the first crossing: not counted back in
        chi2.put(0.45, 11.0);
        chi2.put(0.40, 12.5);
        assertArrayEquals(new double[] {0.55, 1}, Calibrator.edge(chi2.tailMap(0.50, false), 0.50, 10.0));
        assertArrayEquals(new double[] {0.40, 0}, Calibrator.edge(chi2.headMap(0.50, false).descendingMap(), 0.50, 10.0),
                "never past the threshold: the farthest point, flagged as a lower bound on the interval");
    }

    @Test
    void aPointRightAtTheFitsSideThatCrossesLeavesTheFitAlone() {
        TreeMap<Double, Double> chi2 = new TreeMap<>();
        chi2.put(0.50, 10.0);
        chi2.put(0.51, 20.0);
        assertArrayEquals(new double[] {0.50, 1}, Calibrator.edge(chi2.tailMap(0.50, false), 0.50, 10.0));
    }
}
