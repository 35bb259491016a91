package org.corridor.evidence.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SeriesForecastsTest {
    @Test
    void theAveragedRelativeDifferenceIsTheMeanOfTheYearsRelativeMisses() {
        Map<Integer, Double> observed = Map.of(2014, 100.0, 2015, 50.0, 2016, 200.0);
        // 10% over, 20% under, and a year without a prediction left out: (0.1 + 0.2) / 2.
        assertEquals(0.15, SeriesForecasts.ard(Map.of(2014, 110.0, 2015, 40.0), observed), 1e-12);
        assertEquals(0.0, SeriesForecasts.ard(observed, observed), 0);
        assertTrue(Double.isNaN(SeriesForecasts.ard(Map.of(), observed)));
    }

    @Test
    void aModelBeatsTheNaiveForecastsOnlyBelowBoth() {
        TreeMap<Integer, Double> years = new TreeMap<>(Map.of(2012, 1.0, 2013, 1.0, 2014, 1.0));
        SeriesForecasts.Row beats = new SeriesForecasts.Row("s", "remittances_usd", "TJ", "ABROAD", "ALL", "usd", years, 2013, 0.1, 0.2, 0.3, 0.15,
                0.05, 0.05);
        SeriesForecasts.Row losesToShare = new SeriesForecasts.Row("s", "remittances_usd", "TJ", "ABROAD", "ALL", "usd", years, 2013, 0.2, 0.2, 0.3,
                0.15, 0.05, 0.05);
        SeriesForecasts.Row noShare = new SeriesForecasts.Row("s", "migrants_abroad", "TJ", "RU", "ALL", "persons", years, 2013, 0.2, 0.2, 0.3,
                Double.NaN, 0.05, 0.05);
        assertTrue(beats.heldBackBeatsNaive());
        assertFalse(losesToShare.heldBackBeatsNaive());
        assertTrue(noShare.heldBackBeatsNaive());
        assertEquals(0.15, losesToShare.bestNaive(), 0);
        assertEquals(java.util.List.of(2014), beats.yearsAfter());
    }
}
