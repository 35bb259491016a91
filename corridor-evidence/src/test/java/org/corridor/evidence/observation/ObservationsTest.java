package org.corridor.evidence.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridor.evidence.table.CsvTable;
import org.corridor.sim.yaml.InputError;
import org.junit.jupiter.api.Test;

class ObservationsTest {
    private static final String HEADER = String.join(",", Observations.COLUMNS) + "\n";
    private static final CsvTable INDICATORS = CsvTable.parse("indicators.csv",
            "indicator,unit_family,kind,definition\nmigrants_abroad,people,stocks,stock\n", Observations.INDICATOR_COLUMNS);

    @Test
    void theBundledTablesHoldAtLeastEightyFiguresCoveringWhatTheIssueAsks() {
        Observations o = Observations.embedded();
        List<Observation> all = o.all();
        assertTrue(all.size() >= 80, "only " + all.size() + " observations");
        Set<String> indicators = all.stream().map(Observation::indicator).collect(Collectors.toSet());
        for (String needed : List.of("migrants_abroad", "remittances_usd", "remittances_gdp_share", "registered_share", "banned_stock",
                "female_share", "migrant_household_share", "destination_share", "children_parent_abroad")) {
            assertTrue(indicators.contains(needed), "no observation of " + needed);
        }
        Set<String> origins = all.stream().map(Observation::origin).collect(Collectors.toSet());
        assertTrue(origins.containsAll(List.of("TJ", "KG", "UZ")));
    }

    @Test
    void everyConflictGroupTiesAtLeastTwoFiguresOfOneUnitKind() {
        for (Map.Entry<String, List<Observation>> g : Observations.embedded().conflictGroups().entrySet()) {
            assertTrue(g.getValue().size() >= 2, g.getKey() + " has one member");
            long bases = g.getValue().stream().map(x -> x.unit().base()).distinct().count();
            assertEquals(1, bases, g.getKey() + " mixes units");
        }
    }

    @Test
    void noBundledConflictGroupMixesQuantities() {
        for (Map.Entry<String, List<Observation>> g : Observations.embedded().conflictGroups().entrySet()) {
            for (Observation a : g.getValue()) {
                for (Observation b : g.getValue()) {
                    assertNull(Observations.groupMismatch(a, b), g.getKey() + ": " + a.id() + " and " + b.id());
                }
            }
        }
    }

    @Test
    void aConflictGroupThatMixesQuantitiesIsRefusedWithTheLine() {
        CsvTable indicators = CsvTable.parse("indicators.csv", "indicator,unit_family,kind,definition\nfemale_share,share,composition,w\n"
                + "male_share,share,composition,m\nmigrants_abroad,people,stocks,s\n", Observations.INDICATOR_COLUMNS);
        // The group the issue found: a male share of 95% averaged with a female share of 18%.
        InputError sexes = assertThrows(InputError.class, () -> Observations.of(indicators, CsvTable.parse("o.csv", HEADER
                + "tj-f,female_share,TJ,ABROAD,ALL,2016,18,,,percent,002:3643-3650,d,tj-female-share\n"
                + "tj-m,male_share,TJ,RU,ALL,2012,95,,,percent,004:26-28,d,tj-female-share\n", Observations.COLUMNS)));
        assertTrue(sexes.getMessage().startsWith("o.csv:3: conflict_group: 'tj-female-share' would mix different quantities: tj-m differs from tj-f"),
                sexes.getMessage());
        assertTrue(sexes.getMessage().contains("indicator"), sexes.getMessage());
        for (String other : List.of("UZ,RU,ALL,2016,1,,,million_persons", "TJ,ABROAD,ALL,2016,1,,,million_persons", "TJ,RU,M,2016,1,,,million_persons",
                "TJ,RU,ALL,2016,1,,,percent")) {
            String rows = "a,migrants_abroad,TJ,RU,ALL,2013,1.3,,,million_persons,003:460,d,g\n" + "b,migrants_abroad," + other + ",003:460,d,g\n";
            assertThrows(InputError.class, () -> Observations.of(indicators, CsvTable.parse("o.csv", HEADER + rows, Observations.COLUMNS)), other);
        }
        // The same stock before and after the fall of the rouble is two quantities, whichever member comes first.
        InputError dates = assertThrows(InputError.class, () -> Observations.of(indicators, CsvTable.parse("o.csv", HEADER
                + "a,migrants_abroad,TJ,RU,ALL,2013,1.3,,,million_persons,003:460,d,g\n"
                + "b,migrants_abroad,TJ,RU,ALL,2014,1.2,,,million_persons,003:460,d,g\n"
                + "c,migrants_abroad,TJ,RU,ALL,2016,1,,,million_persons,002:3643-3646,d,g\n", Observations.COLUMNS)));
        assertTrue(dates.getMessage().startsWith("o.csv:4: conflict_group: 'g' would mix different quantities: c differs from a"), dates.getMessage());
        assertTrue(dates.getMessage().contains("period (2016 against 2013"), dates.getMessage());
        assertEquals(0, Observations.yearsApart(Period.parse("2011/2015"), Period.parse("2015")));
        assertEquals(2, Observations.yearsApart(Period.parse("2016"), Period.parse("2014")));
        // Another year of the same quantity, in another scale of the same unit, is one quantity.
        Observations.of(indicators, CsvTable.parse("o.csv", HEADER + "a,migrants_abroad,TJ,RU,ALL,2013,1.3,,,million_persons,003:460,d,g\n"
                + "b,migrants_abroad,TJ,RU,ALL,2012,900000,,,persons,003:460,d,g\n", Observations.COLUMNS));
    }

    @Test
    void unitsScaleToTheirBase() {
        Observation o = Observations.of(INDICATORS, CsvTable.parse("o.csv", HEADER
                + "tj-ru,migrants_abroad,TJ,RU,ALL,2013,1.3,1.2,1.4,million_persons,003:460,FMS count,\n", Observations.COLUMNS)).get("tj-ru");
        assertEquals(1_300_000, o.baseValue(), 1e-6);
        assertEquals(1_200_000, o.baseLow(), 1e-6);
        assertEquals(new Period(2013, 2013), o.period());
        assertEquals("persons", o.unit().base());
    }

    @Test
    void aFigureOutsideTheSeedsCitesThePageItWasReadOn() {
        Observation o = Observations.of(INDICATORS, CsvTable.parse("o.csv", HEADER
                + "kg-abroad,migrants_abroad,KG,ABROAD,ALL,2017,800000,,,persons,https://24.kg/english/70076_x/,d,\n", Observations.COLUMNS))
                .get("kg-abroad");
        assertEquals("https://24.kg/english/70076_x/", o.source());
    }

    @Test
    void badCellsAreNamedByFileLineAndColumn() {
        assertBad("tj-ru,migrants_abroad,TJ,RU,ALL,2013,1.3,,,furlongs,003:460,d,\n", "o.csv:2: unit: unknown unit 'furlongs'");
        assertBad("tj-ru,migrants_abroad,XX,RU,ALL,2013,1.3,,,persons,003:460,d,\n", "o.csv:2: origin: expected one of");
        assertBad("tj-ru,migrants_abroad,TJ,RU,ALL,13,1.3,,,persons,003:460,d,\n", "o.csv:2: period: expected a year");
        assertBad("tj-ru,migrants_abroad,TJ,RU,ALL,2014/2013,1.3,,,persons,003:460,d,\n", "o.csv:2: period: the span ends before it starts");
        assertBad("tj-ru,migrants_abroad,TJ,RU,ALL,2013-H3,1.3,,,persons,003:460,d,\n", "o.csv:2: period: expected a year YYYY, a span YYYY/YYYY or a half-year");
        assertBad("tj-ru,stocks,TJ,RU,ALL,2013,1.3,,,persons,003:460,d,\n", "o.csv:2: indicator: 'stocks' is not in");
        assertBad("tj-ru,migrants_abroad,TJ,RU,ALL,2013,1.3,2,,persons,003:460,d,\n", "o.csv:2: high: a range needs both");
        assertBad("tj-ru,migrants_abroad,TJ,RU,ALL,2013,1.3,,,persons,page 4,d,\n", "o.csv:2: source: expected a seed citation");
        assertBad("tj-ru,migrants_abroad,TJ,RU,ALL,2013,1.3,,,persons,example.org/a,d,\n", "o.csv:2: source: expected a seed citation");
        assertBad("tj-ru,migrants_abroad,TJ,RU,ALL,2013,1.3,,,persons,003:460,d,\ntj-ru,migrants_abroad,TJ,RU,ALL,2013,1,,,persons,003:460,d,\n",
                "o.csv:3: id: 'tj-ru' is used twice");
    }

    @Test
    void aPeriodIsAYearASpanOrAHalfYear() {
        assertEquals(new Period(2010, 2010, 1), Period.parse("2010-H1"));
        assertEquals("2010-H2", Period.parse("2010-H2").toString());
        assertEquals(6, Period.parse("2010-H1").months());
        assertEquals(36, Period.parse("2010/2012").months());
        assertTrue(Period.parse("2010").overlaps(Period.parse("2010-H1")));
        assertFalse(Period.parse("2010-H1").overlaps(Period.parse("2010-H2")), "the two halves of a year do not overlap");
        assertThrows(IllegalArgumentException.class, () -> new Period(2010, 2011, 1), "a half of two years");
    }

    private static void assertBad(String rows, String expectedStart) {
        InputError e = assertThrows(InputError.class, () -> Observations.of(INDICATORS, CsvTable.parse("o.csv", HEADER + rows, Observations.COLUMNS)));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
