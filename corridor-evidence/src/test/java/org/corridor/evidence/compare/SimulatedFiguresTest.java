package org.corridor.evidence.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.corridor.evidence.macro.MacroTable;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.observation.Period;
import org.corridor.evidence.observation.Unit;
import org.corridor.evidence.outputs.YearTable;
import org.corridor.evidence.table.CsvTable;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each kind of observation read from a hand-made year table, against values worked out by hand. */
class SimulatedFiguresTest {
    private static final int MEN = 0;
    private static final int WOMEN = 1;
    private SimulatedFigures run;

    @BeforeEach
    void table() {
        // 2013 and 2014, twelve months each. Tajiks: 1,000 men and 250 women in Moscow, 500 men in the
        // rest of Russia, 250 men in Kazakhstan every month; 600 of the Moscow men registered. In 2014
        // the Moscow men are 2,000. They send US$125,000 a month, US$100,000 of it through operators.
        YearTable t = new YearTable(2013, 2014);
        for (int year = 2013; year <= 2014; year++) {
            for (int m = 0; m < 12; m++) {
                t.countMonth(year);
                t.addPeople(year, Origin.TJ, Place.RU_MOW, MEN, Measure.ABROAD, year == 2013 ? 1000 : 2000);
                t.addPeople(year, Origin.TJ, Place.RU_MOW, WOMEN, Measure.ABROAD, 250);
                t.addPeople(year, Origin.TJ, Place.RU_OTHER, MEN, Measure.ABROAD, 500);
                t.addPeople(year, Origin.TJ, Place.KZ, MEN, Measure.ABROAD, 250);
                t.addPeople(year, Origin.TJ, Place.RU_MOW, MEN, Measure.REGISTERED, 600);
                t.addPeople(year, Origin.TJ, Place.RU_MOW, MEN, Measure.REMITTANCES_USD, 125_000);
                t.addPeople(year, Origin.TJ, Place.RU_MOW, MEN, Measure.REMITTANCES_RECORDED_USD, 100_000);
                t.addPeople(year, Origin.TJ, Place.RU_MOW, MEN, Measure.NEWLY_BANNED, 10);
                t.addHouseholds(year, Origin.TJ, HouseholdMeasure.HOUSEHOLDS, 4000);
                t.addHouseholds(year, Origin.TJ, HouseholdMeasure.MIGRANT_HOUSEHOLDS, 1000);
                t.addHouseholds(year, Origin.TJ, HouseholdMeasure.RECEIVED_USD, 90_000);
                t.addHouseholds(year, Origin.TJ, HouseholdMeasure.HOME_INCOME_USD, 210_000);
            }
        }
        MacroTable gdp = MacroTable.of(CsvTable.parse("gdp.csv", "country,year,value,unit,source,assumption\nTJ,2013,12,usd_million,test,\n",
                List.of("country", "year", "value")));
        run = new SimulatedFigures(t, gdp);
    }

    static Observation obs(String indicator, String destination, String sex, String period, Unit unit) {
        return new Observation("x", indicator, "TJ", destination, sex, Period.parse(period), 1, Double.NaN, Double.NaN, unit, "003:460", "d", "", 2);
    }

    private double value(String indicator, String destination, String sex, String period, Unit unit) {
        Simulated s = run.of(obs(indicator, destination, sex, period, unit));
        return assertInstanceOf(Simulated.Value.class, s, s.toString()).value();
    }

    @Test
    void stocksAreMonthlyMeansOverTheSelection() {
        assertEquals(1750, value("migrants_abroad", "RU", "ALL", "2013", Unit.PERSONS), 1e-9);
        assertEquals(1250, value("migrants_abroad", "RU-MOW", "ALL", "2013", Unit.PERSONS), 1e-9);
        assertEquals(1750, value("migrants_abroad", "ABROAD", "M", "2013", Unit.PERSONS), 1e-9);
        // The mean over two years: Moscow men 1,000 then 2,000.
        assertEquals(1500 + 250, value("migrants_abroad", "RU-MOW", "ALL", "2013/2014", Unit.PERSONS), 1e-9);
    }

    @Test
    void flowsAreTotalsOverThePeriod() {
        assertEquals(120, value("banned_new", "RU", "ALL", "2013", Unit.COUNT), 1e-9);
        assertEquals(240, value("banned_new", "RU", "ALL", "2013/2014", Unit.COUNT), 1e-9);
        // Official figures count what went through operators and banks, not the cash carried home.
        assertEquals(1_200_000, value("remittances_usd", "ABROAD", "ALL", "2013", Unit.USD_MILLION), 1e-9);
        // A household survey's total counts every channel: US$125,000 a month, cash included.
        assertEquals(1_500_000, value("remittances_all_channels_usd", "ABROAD", "ALL", "2013", Unit.USD_MILLION), 1e-9);
    }

    @Test
    void aHalfYearIsReadFromItsOwnMonthsWhereTheTableKnowsThem() {
        // 2010 month by month: one expulsion a month from January to June, three a month after; 100 abroad, 300 from July.
        YearTable t = new YearTable(2010, 2010);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2010, m);
            t.countMonth(month);
            t.addPeople(month, Origin.TJ, Place.RU_MOW, MEN, Measure.EXPELLED, m <= 6 ? 1 : 3);
            t.addPeople(month, Origin.TJ, Place.RU_MOW, MEN, Measure.ABROAD, m <= 6 ? 100 : 300);
            t.addPeople(month, Origin.TJ, Place.RU_MOW, MEN, Measure.PROSECUTED, 10);
        }
        SimulatedFigures halves = new SimulatedFigures(t, null);
        assertEquals(6, valueOf(halves, obs("expulsions", "RU", "ALL", "2010-H1", Unit.COUNT)), 1e-9);
        assertEquals(18, valueOf(halves, obs("expulsions", "RU", "ALL", "2010-H2", Unit.COUNT)), 1e-9);
        assertEquals(24, valueOf(halves, obs("expulsions", "RU", "ALL", "2010", Unit.COUNT)), 1e-9);
        assertEquals(100, valueOf(halves, obs("migrants_abroad", "RU", "ALL", "2010-H1", Unit.PERSONS)), 1e-9, "a stock is the half's monthly mean");
        assertEquals(60, valueOf(halves, obs("migration_violations_detected", "RU", "ALL", "2010-H1", Unit.PERSONS)), 1e-9);
        assertInstanceOf(Simulated.Missing.class, halves.of(obs("migrant_household_share", "HOME", "ALL", "2010-H1", Unit.PERCENT)),
                "households are counted by whole years");
        // A table filled by years alone has no halves: the figure is missing, not a guess.
        assertInstanceOf(Simulated.Missing.class, run.of(obs("expulsions", "RU", "ALL", "2013-H1", Unit.COUNT)));
    }

    @Test
    void migrantHouseholdsSplitByHowManyAreAbroad() {
        // 2009: 1,000 migrant households a month, 220 with two abroad and 70 with three or more (003:486's 71/22/7).
        YearTable t = new YearTable(2009, 2009);
        for (int m = 1; m <= 12; m++) {
            t.countMonth(YearMonth.of(2009, m));
            t.addHouseholds(2009, Origin.TJ, HouseholdMeasure.MIGRANT_HOUSEHOLDS, 1000);
            t.addHouseholds(2009, Origin.TJ, HouseholdMeasure.MIGRANT_HOUSEHOLDS_TWO, 220);
            t.addHouseholds(2009, Origin.TJ, HouseholdMeasure.MIGRANT_HOUSEHOLDS_THREE_PLUS, 70);
        }
        SimulatedFigures f = new SimulatedFigures(t, null);
        assertEquals(71, valueOf(f, obs("households_one_migrant_share", "HOME", "ALL", "2009", Unit.PERCENT)), 1e-9);
        assertEquals(22, valueOf(f, obs("households_two_migrants_share", "HOME", "ALL", "2009", Unit.PERCENT)), 1e-9);
        assertEquals(7, valueOf(f, obs("households_three_plus_migrants_share", "HOME", "ALL", "2009", Unit.PERCENT)), 1e-9);
    }

    private static double valueOf(SimulatedFigures figures, Observation o) {
        Simulated s = figures.of(o);
        return assertInstanceOf(Simulated.Value.class, s, s.toString()).value();
    }

    @Test
    void sharesArePercentagesOfTheRightWhole() {
        assertEquals(100.0 * 250 / 2000, value("female_share", "ABROAD", "ALL", "2013", Unit.PERCENT), 1e-9);
        assertEquals(100.0 * 600 / 1750, value("registered_share", "RU", "ALL", "2013", Unit.PERCENT), 1e-9);
        assertEquals(100.0 * 1750 / 2000, value("destination_share", "RU", "ALL", "2013", Unit.PERCENT), 1e-9);
        assertEquals(25, value("migrant_household_share", "HOME", "ALL", "2013", Unit.PERCENT), 1e-9);
        assertEquals(30, value("remittance_income_share", "HOME", "ALL", "2013", Unit.PERCENT), 1e-9);
        // US$1.2 million over a GDP of US$12 million.
        assertEquals(10, value("remittances_gdp_share", "ABROAD", "ALL", "2013", Unit.PERCENT), 1e-9);
        // Everything sent, US$1.5 million, over the same GDP.
        assertEquals(12.5, value("remittances_all_channels_gdp_share", "ABROAD", "ALL", "2013", Unit.PERCENT), 1e-9);
    }

    @Test
    void perMigrantAmountsFollowTheUnit() {
        // Surveys ask what a migrant sends by every channel: US$125,000 a month over 2,000 abroad.
        assertEquals(62.5, value("remittance_per_migrant", "ABROAD", "ALL", "2013", Unit.USD_PER_MONTH), 1e-9);
        assertEquals(750, value("remittance_per_migrant", "ABROAD", "ALL", "2013", Unit.USD_PER_YEAR), 1e-9);
        assertInstanceOf(Simulated.Missing.class, run.of(obs("remittance_per_migrant", "ABROAD", "ALL", "2013", Unit.USD)));
    }

    @Test
    void officialFiguresCountOnlyWhatWentThroughOperatorsAndBanks() {
        // Moscow sends US$100,000 a month, all through operators in 2014 and half in 2013; Kazakhstan US$50,000, all as cash.
        YearTable t = new YearTable(2013, 2014);
        for (int year = 2013; year <= 2014; year++) {
            for (int m = 0; m < 12; m++) {
                t.countMonth(year);
                t.addPeople(year, Origin.TJ, Place.RU_MOW, MEN, Measure.ABROAD, 1000);
                t.addPeople(year, Origin.TJ, Place.KZ, MEN, Measure.ABROAD, 500);
                t.addPeople(year, Origin.TJ, Place.RU_MOW, MEN, Measure.REMITTANCES_USD, 100_000);
                t.addPeople(year, Origin.TJ, Place.RU_MOW, MEN, Measure.REMITTANCES_RECORDED_USD, year == 2013 ? 50_000 : 100_000);
                t.addPeople(year, Origin.TJ, Place.KZ, MEN, Measure.REMITTANCES_USD, 50_000);
            }
        }
        SimulatedFigures figures = new SimulatedFigures(t, MacroTable.of(CsvTable.parse("gdp.csv",
                "country,year,value,unit,source,assumption\nTJ,2014,24,usd_million,test,\n", List.of("country", "year", "value"))));
        // Everything recorded came from Russia, though a third of what was sent came from Kazakhstan.
        assertEquals(100, valueOf(figures, obs("remittance_source_share", "RU", "ALL", "2014", Unit.PERCENT)), 1e-9);
        // The recorded money doubled while what was sent stayed the same.
        assertEquals(100, valueOf(figures, obs("remittances_change", "ABROAD", "ALL", "2014", Unit.PERCENT)), 1e-9);
        // US$1.2 million recorded in 2014 over a GDP of US$24 million, not the US$1.8 million sent.
        assertEquals(5, valueOf(figures, obs("remittances_gdp_share", "ABROAD", "ALL", "2014", Unit.PERCENT)), 1e-9);
        // A survey of what a migrant sends counts every channel: US$1.8 million a year over 1,500 abroad.
        assertEquals(1200, valueOf(figures, obs("remittance_per_migrant", "ABROAD", "ALL", "2014", Unit.USD_PER_YEAR)), 1e-9);
    }

    @Test
    void whatTheRunCannotSayComesWithAReason() {
        Simulated outside = run.of(obs("migrants_abroad", "RU", "ALL", "2012", Unit.PERSONS));
        assertTrue(((Simulated.Missing) outside).reason().contains("2012"));
        Simulated noGdp = run.of(obs("remittances_gdp_share", "ABROAD", "ALL", "2014", Unit.PERCENT));
        assertTrue(((Simulated.Missing) noGdp).reason().contains("GDP"));
        Simulated unknown = run.of(obs("network_help_share", "RU", "ALL", "2013", Unit.PERCENT));
        assertTrue(((Simulated.Missing) unknown).reason().contains("no output"));
    }
}
