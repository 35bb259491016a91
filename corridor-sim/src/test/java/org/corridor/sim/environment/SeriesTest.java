package org.corridor.sim.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.TreeMap;
import org.corridor.sim.world.Place;
import org.corridor.sim.yaml.InputError;
import org.corridor.sim.yaml.LocatedYaml;
import org.junit.jupiter.api.Test;

class SeriesTest {
    private static Series rouble() {
        TreeMap<YearMonth, Double> points = new TreeMap<>();
        points.put(YearMonth.of(2014, 7), 38.42);
        points.put(YearMonth.of(2015, 7), 60.96);
        return new Series("fx.RUB", "", "RUB/USD", "test", points);
    }

    @Test
    void interpolatesOnAStraightLineAndHoldsFlatOutside() {
        Series s = rouble();
        assertEquals(38.42, s.at(YearMonth.of(2010, 1)), 1e-12);
        assertEquals(38.42, s.at(YearMonth.of(2014, 7)), 1e-12);
        assertEquals((38.42 + 60.96) / 2, s.at(YearMonth.of(2015, 1)), 1e-12);
        assertEquals(60.96, s.at(YearMonth.of(2020, 1)), 1e-12);
    }

    @Test
    void aScenarioCanMultiplyOrSetFromAMonthLeavingTheMonthsBeforeAlone() {
        Series s = rouble();
        Series doubled = s.multipliedFrom(YearMonth.of(2015, 1), 2);
        assertEquals(s.at(YearMonth.of(2014, 12)), doubled.at(YearMonth.of(2014, 12)), 1e-9);
        assertEquals(2 * s.at(YearMonth.of(2015, 3)), doubled.at(YearMonth.of(2015, 3)), 1e-9);
        assertEquals(2 * 60.96, doubled.at(YearMonth.of(2018, 1)), 1e-9);
        Series held = s.setFrom(YearMonth.of(2014, 7), 38.42);
        assertEquals(38.42, held.at(YearMonth.of(2019, 1)), 1e-12);
        assertEquals(38.42, held.at(YearMonth.of(2005, 1)), 1e-12);
    }

    @Test
    void theEmbeddedEnvironmentHasEverySeriesAndPositiveValues() {
        Environment env = EnvironmentLoader.embedded();
        for (String id : Environment.SERIES) {
            assertTrue(env.series(id).at(YearMonth.of(2010, 1)) >= 0, id);
        }
        Environment.Values v = env.at(YearMonth.of(2015, 7));
        // The dollar wage in Russia fell with the rouble: 2014 against 2015 (Bank of Russia and Rosstat).
        assertTrue(v.wageUsd()[3] < env.at(YearMonth.of(2014, 7)).wageUsd()[3]);
        assertEquals(0.0, env.at(YearMonth.of(2012, 1)).banRegister()[1], 1e-12, "no ban register before 2013");
    }

    @Test
    void thePayCurrencysFallIsTakenAgainstItsMeanOverTheReferenceMonthsAndOnlyWherePayIsInIt() {
        Environment env = EnvironmentLoader.embedded();
        YearMonth month = YearMonth.of(2015, 7);
        Series rouble = env.series("fx.RUB");
        double sum = 0;
        for (int k = 1; k <= 36; k++) {
            sum += rouble.at(month.minusMonths(k));
        }
        double[] fall = env.payCurrencyFall(month, 36);
        assertEquals(1 - sum / 36 / 60.96, fall[Place.RU_MOW.ordinal()], 1e-9, "2015's average rate sits at July");
        assertEquals(fall[Place.RU_MOW.ordinal()], fall[Place.RU_OTHER.ordinal()], 1e-12, "one rouble for all of Russia");
        assertEquals(0.0, fall[Place.TR.ordinal()], 1e-12, "Turkey's wage series is in dollars");
        assertEquals(0.0, env.payCurrencyFall(YearMonth.of(2007, 7), 36)[Place.RU_MOW.ordinal()], 1e-12,
                "a rouble above its mean is no fall");
        assertThrows(IllegalArgumentException.class, () -> env.payCurrencyFall(month, 0));
        // Golden values worked by hand from environment.yaml's annual points (each at July, straight lines
        // between): the rouble in July 2015 and April 2016, the tenge in July 2016, and a longer memory
        // that takes the fall against an earlier, stronger currency.
        assertEquals(0.3709, fall[Place.RU_MOW.ordinal()], 1e-4);
        assertEquals(0.2939, env.payCurrencyFall(YearMonth.of(2016, 4), 36)[Place.RU_OTHER.ordinal()], 1e-4);
        assertEquals(0.3765, env.payCurrencyFall(YearMonth.of(2016, 7), 36)[Place.KZ.ordinal()], 1e-4);
        assertEquals(0.1609, env.payCurrencyFall(YearMonth.of(2016, 7), 24)[Place.RU_MOW.ordinal()], 1e-4);
        assertEquals(0.3332, env.payCurrencyFall(YearMonth.of(2016, 7), 48)[Place.RU_MOW.ordinal()], 1e-4);
    }

    @Test
    void buildingsFallBeyondOutputIsReadAgainstTheYearBeforeInRussiaOnly() {
        Environment env = EnvironmentLoader.embedded();
        // Golden values from environment.yaml's construction.RU (2008 = 1, 2009 0.84, 2012 0.9667, 2013 0.9676,
        // 2014 0.9241, 2015 0.8594) and demand.RU (2007 0.95, 2008 1.00, 2009 0.92, 2014 1.07, 2015 1.05):
        // annual points at July, straight lines between, construction held at 1 before 2008.
        double[] july2009 = env.constructionFallBeyondOutput(YearMonth.of(2009, 7));
        assertEquals(1 - 0.84 / 0.92, july2009[Place.RU_MOW.ordinal()], 1e-12, "16% less building against 8% less output");
        assertEquals(july2009[Place.RU_MOW.ordinal()], july2009[Place.RU_OTHER.ordinal()], 1e-12, "one series for all of Russia");
        assertEquals(0.0, july2009[Place.KZ.ordinal()], 1e-12, "no construction series is read outside Russia");
        assertEquals(0.0, july2009[Place.TR.ordinal()], 1e-12);
        // January 2009: half-way down both lines, against January 2008 (construction held at 1, output half-way from 0.95 to 1).
        assertEquals(1 - (0.92 / 1.0) / (0.96 / 0.975), env.constructionFallBeyondOutput(YearMonth.of(2009, 1))[Place.RU_SPE.ordinal()], 1e-12);
        assertEquals(1 - (0.8594 / 0.9241) / (1.05 / 1.07), env.constructionFallBeyondOutput(YearMonth.of(2015, 7))[Place.RU_MOW.ordinal()], 1e-12);
        assertEquals(0.0, env.constructionFallBeyondOutput(YearMonth.of(2012, 7))[Place.RU_MOW.ordinal()], 1e-12, "building grew in 2012");
        assertEquals(0.0, env.constructionFallBeyondOutput(YearMonth.of(2013, 7))[Place.RU_MOW.ordinal()], 1e-12,
                "building grew by 0.1% while output grew 1.9%: not a fall of building, so no cut");
    }

    @Test
    void badEnvironmentFilesAreRejectedWithFileLineAndField() {
        InputError unknownKey = assertThrows(InputError.class, () -> EnvironmentLoader.parse(LocatedYaml.parse("env.yaml",
                "fx.RUB:\n  source: x\n  points: {2005: 28}\n  colour: red\n")));
        assertTrue(unknownKey.getMessage().startsWith("env.yaml:4: fx.RUB.colour: unknown key"), unknownKey.getMessage());
        InputError notNumber = assertThrows(InputError.class, () -> EnvironmentLoader.parse(LocatedYaml.parse("env.yaml",
                "fx.RUB:\n  source: x\n  points:\n    2005: lots\n")));
        assertTrue(notNumber.getMessage().startsWith("env.yaml:4: fx.RUB.points.2005: expected a number"), notNumber.getMessage());
        InputError badMonth = assertThrows(InputError.class, () -> EnvironmentLoader.parse(LocatedYaml.parse("env.yaml",
                "fx.RUB:\n  source: x\n  points:\n    2005-13: 3\n")));
        assertTrue(badMonth.getMessage().contains("fx.RUB.points.2005-13: expected a year (YYYY) or a month (YYYY-MM)"), badMonth.getMessage());
        InputError unknownSeries = assertThrows(InputError.class, () -> EnvironmentLoader.parse(LocatedYaml.parse("env.yaml",
                "fx.EUR:\n  source: x\n  points: {2005: 1}\n")));
        assertTrue(unknownSeries.getMessage().startsWith("env.yaml:1: fx.EUR: unknown series"), unknownSeries.getMessage());
    }
}
