package org.corridor.evidence.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.observation.Period;
import org.corridor.evidence.observation.Unit;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    static Observation obs(double value, double low, double high, Unit unit) {
        return new Observation("x", "migrants_abroad", "TJ", "RU", "ALL", Period.parse("2013"), value, low, high, unit, "003:460", "d", "", 2);
    }

    @Test
    void theErrorIsRelativeToTheValueInItsBaseUnit() {
        Comparison c = new Comparison(obs(1.1, Double.NaN, Double.NaN, Unit.MILLION_PERSONS), null, new Simulated.Value(1_650_000), 0.5);
        assertEquals(0.5, c.relativeError(), 1e-12);
        assertTrue(c.withinTolerance());
        assertEquals(Math.log(1.5), c.logRatio(), 1e-12);
    }

    @Test
    void insideASourcesRangeThereIsNoErrorAndOutsideItCountsFromTheNearerEnd() {
        Observation o = obs(750, 700, 800, Unit.THOUSAND_PERSONS);
        assertEquals(0, new Comparison(o, null, new Simulated.Value(790_000), 0.1).relativeError(), 1e-12);
        assertEquals(0.25, new Comparison(o, null, new Simulated.Value(1_000_000), 0.1).relativeError(), 1e-12);
        assertEquals(0.5, new Comparison(o, null, new Simulated.Value(350_000), 0.1).relativeError(), 1e-12);
        assertFalse(new Comparison(o, null, new Simulated.Value(350_000), 0.1).withinTolerance());
    }

    @Test
    void aMissingValueIsNeitherWithinNorCountedInTheSummary() {
        Observation o = obs(10, Double.NaN, Double.NaN, Unit.PERCENT);
        Comparison missing = new Comparison(o, null, new Simulated.Missing("no output"), 0.5);
        assertFalse(missing.compared());
        assertFalse(missing.withinTolerance());
        Comparison hit = new Comparison(o, null, new Simulated.Value(11), 0.5);
        Comparison miss = new Comparison(o, null, new Simulated.Value(30), 0.5);
        Comparison half = new Comparison(o, null, new Simulated.Value(5), 0.5);
        ErrorSummary s = ErrorSummary.of(List.of(missing, hit, miss, half));
        assertEquals(4, s.observations());
        assertEquals(3, s.compared());
        assertEquals((10 + 200 + 50) / 3.0, s.meanAbsolutePercentError(), 1e-9);
        assertEquals(50, s.medianAbsolutePercentError(), 1e-9);
        assertEquals(2, s.withinTolerance());
        assertEquals(200.0 / 3, s.withinTolerancePercent(), 1e-9);
    }
}
