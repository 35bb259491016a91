package org.corridor.evidence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridor.evidence.compare.Simulated;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.observation.Period;
import org.corridor.evidence.observation.Unit;
import org.junit.jupiter.api.Test;

class BandTest {
    static Observation obs(double value, double low, double high) {
        return new Observation("x", "migrants_abroad", "TJ", "RU", "ALL", Period.parse("2013"), value, low, high, Unit.THOUSAND_PERSONS, "003:460",
                "d", "", 2);
    }

    @Test
    void theQuantilesAreHyndmanAndFansType7() {
        // Type 7: the p-quantile of n sorted values is at position 1 + (n - 1) p, interpolated.
        Band b = Band.of(new double[] {5, 1, 4, 2, 3});
        assertEquals(3, b.median(), 1e-12);
        assertEquals(1.2, b.p05(), 1e-12);
        assertEquals(4.8, b.p95(), 1e-12);
        assertEquals(5, b.replicas());
        Band two = Band.of(new double[] {10, 20});
        assertEquals(15, two.median(), 1e-12);
        assertEquals(10.5, two.p05(), 1e-12);
        assertEquals(19.5, two.p95(), 1e-12);
    }

    @Test
    void oneValueIsItsOwnBandAndReplicasWithoutAValueAreLeftOut() {
        Band one = Band.ofFigures(List.of(new Simulated.Value(7), new Simulated.Missing("nothing to divide by")));
        assertEquals(new Band(7, 7, 7, 1), one);
        assertNull(Band.ofFigures(List.of(new Simulated.Missing("no output"))));
        assertNull(Band.of(new double[] {Double.NaN}));
    }

    @Test
    void aBandHoldsAValueInsideItAndMeetsARangeThatOverlapsIt() {
        Band b = new Band(1_000_000, 900_000, 1_100_000, 3);
        assertTrue(b.holds(obs(950, Double.NaN, Double.NaN)));
        assertTrue(b.holds(obs(1100, Double.NaN, Double.NaN)), "the ends are in");
        assertFalse(b.holds(obs(1200, Double.NaN, Double.NaN)));
        assertTrue(b.holds(obs(1200, 1050, 1300)), "a source's range reaching into the band");
        assertTrue(b.holds(obs(1000, 500, 2000)), "a range around the whole band");
        assertFalse(b.holds(obs(700, 600, 800)));
    }
}
