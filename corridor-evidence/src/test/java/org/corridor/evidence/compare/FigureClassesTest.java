package org.corridor.evidence.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.observation.Declarations;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.observation.Observations;
import org.corridor.evidence.table.CsvTable;
import org.corridor.evidence.targets.Targets;
import org.junit.jupiter.api.Test;

/** The classes of figures, and a report's statistics that count only the independent checks. */
class FigureClassesTest {
    /** The hand-made figures below are not the source's: one citation stands for all of them. */
    private static final String SOURCE = "003:460";
    private static final Observations OBSERVATIONS = Observations.of(CsvTable.parse("indicators.csv", """
            indicator,unit_family,kind,quantity,definition
            migrants_abroad,people,stocks,,x
            female_share,share,composition,,x
            expulsions,events,enforcement,,x
            bribe_share,share,enforcement,,x
            remittances_usd,money,money,,x
            remittances_gdp_share,share,money,remittances_usd,x
            """, List.of("indicator", "unit_family", "kind", "definition")), CsvTable.parse("observations.csv", """
            id,indicator,origin,destination,sex,period,value,low,high,unit,source,definition,conflict_group
            target,migrants_abroad,TJ,RU,ALL,2015,1000,,,persons,%1$s,the target,tj-ru
            alike-period,migrants_abroad,TJ,RU,ALL,2014/2016,2000,,,persons,%1$s,same quantity over an overlapping span,
            alike-group,migrants_abroad,TJ,RU,ALL,2016,3000,,,persons,%1$s,the next year in the target's conflict group (a source dating the figure a year apart),tj-ru
            input,bribe_share,TJ,RU,ALL,2009,40,,,percent,%1$s,the model reads it,
            half-year,expulsions,TJ,RU,ALL,2010,2000,,,count,%1$s,first six months,
            no-output,female_share,TJ,RU,ALL,2030,20,,,percent,%1$s,a year the run does not cover,
            check-stock,migrants_abroad,TJ,RU,ALL,2010,1000,,,persons,%1$s,an earlier year,
            check-money,remittances_usd,TJ,ABROAD,ALL,2010,100,,,persons,%1$s,money,
            check-share,female_share,TJ,ABROAD,ALL,2010,20,,,percent,%1$s,women,
            check-gdp-share,remittances_gdp_share,TJ,ABROAD,ALL,2010,40,,,percent,%1$s,the same money over GDP,
            """.formatted(SOURCE), List.of("id", "indicator", "origin", "destination", "sex", "period", "value", "low", "high", "unit", "source", "definition",
            "conflict_group")));
    private static final Declarations DECLARED = Declarations.of(
            CsvTable.parse("inputs.csv", "observation,input,key,why\ninput,corridor/sim/behaviour.yaml,enforcement.bribe_rate,read as it is\n",
                    List.of("observation", "input", "key", "why")),
            CsvTable.parse("not-comparable.csv", "observation,reason\nhalf-year,a half year against whole years\n", List.of("observation", "reason")),
            OBSERVATIONS);

    private static Targets targets(String... ids) {
        StringBuilder csv = new StringBuilder("observation,tolerance,weight,reason\n");
        for (String id : ids) {
            csv.append(id).append(",0.25,1,fitted\n");
        }
        return Targets.of(CsvTable.parse("targets.csv", csv.toString(), List.of("observation", "tolerance", "weight", "reason")), OBSERVATIONS);
    }

    /**
     * Every figure is wide of the mark by 900% except the four checks, which miss by exactly 10%, 20%,
     * 20% and 30%: any other figure that entered the checks' statistics would show in them.
     */
    private static Comparisons compare(FigureClasses classes) {
        Map<String, Double> checkErrors = Map.of("check-stock", 0.1, "check-money", 0.2, "check-gdp-share", 0.2, "check-share", 0.3);
        return new Comparisons(OBSERVATIONS.all().stream().map(o -> classes.compare(o,
                o.id().equals("no-output") ? Simulated.missing("the run does not cover all of 2030")
                        : Simulated.value(o.baseValue() * (1 + checkErrors.getOrDefault(o.id(), 9.0))))).toList());
    }

    @Test
    void eachFigureHasTheClassOfTheFirstRuleThatHolds() {
        Comparisons c = compare(new FigureClasses(OBSERVATIONS, targets("target"), DECLARED));
        Map<String, FigureClass> classes = c.all().stream().collect(Collectors.toMap(x -> x.observation().id(), Comparison::figureClass));
        assertEquals(Map.of("target", FigureClass.TARGET, "alike-period", FigureClass.TARGET_ALIKE, "alike-group", FigureClass.TARGET_ALIKE,
                "input", FigureClass.INPUT, "half-year", FigureClass.NOT_COMPARABLE, "no-output", FigureClass.NO_OUTPUT,
                "check-stock", FigureClass.CHECK, "check-money", FigureClass.CHECK, "check-share", FigureClass.CHECK,
                "check-gdp-share", FigureClass.CHECK), classes);
        Map<String, String> reasons = c.all().stream().collect(Collectors.toMap(x -> x.observation().id(), Comparison::classReason));
        assertEquals("a half year against whole years", reasons.get("half-year"));
        assertTrue(reasons.get("input").contains("enforcement.bribe_rate"), reasons.get("input"));
        assertTrue(reasons.get("alike-group").contains("tj-ru"), reasons.get("alike-group"));
        assertEquals("the run does not cover all of 2030", reasons.get("no-output"));
        // Not comparable: listed, no error computed even though the run has a value.
        Comparison half = c.all().stream().filter(x -> x.observation().id().equals("half-year")).findFirst().orElseThrow();
        assertTrue(!half.compared() && Double.isNaN(half.relativeError()));
    }

    @Test
    void theChecksStatisticsCountOnlyTheIndependentChecks() {
        Comparisons c = compare(new FigureClasses(OBSERVATIONS, targets("target"), DECLARED));
        ErrorSummary checks = c.checkSummary();
        assertEquals(4, checks.observations());
        assertEquals(4, checks.compared());
        assertEquals(20, checks.medianAbsolutePercentError(), 1e-9, "an input, target, target-alike or not comparable figure was counted");
        assertEquals(20, checks.meanAbsolutePercentError(), 1e-9);
        assertEquals(4, checks.withinTolerance());
        Map<String, ErrorSummary> byKind = c.checkSummaryByKind(OBSERVATIONS::kindOf);
        assertEquals(Set.of("stocks", "money", "composition"), byKind.keySet(), "enforcement has only an input and a not comparable figure");
        assertEquals(10, byKind.get("stocks").medianAbsolutePercentError(), 1e-9, "the stocks' targets and target-alikes stay out");
        assertEquals(1, byKind.get("stocks").observations());
        assertEquals(900, c.targetSummary().medianAbsolutePercentError(), 1e-9, "the target's fit is reported apart");
        assertEquals(Map.of(FigureClass.TARGET, 1, FigureClass.INPUT, 1, FigureClass.TARGET_ALIKE, 2, FigureClass.CHECK, 4,
                FigureClass.NOT_COMPARABLE, 1, FigureClass.NO_OUTPUT, 1), c.counts());
        assertTrue(c.checks().stream().allMatch(x -> x.figureClass().counted()));
        assertEquals(List.of(FigureClass.CHECK), List.of(FigureClass.values()).stream().filter(FigureClass::counted).toList());
    }

    @Test
    void anotherTargetSetGivesOtherClassesForTheSameFigures() {
        // A calibration held back in time, fitted to the earlier stock only: the shipped target is a check there.
        Comparisons heldBack = compare(new FigureClasses(OBSERVATIONS, targets("check-stock"), DECLARED));
        Map<String, FigureClass> classes = heldBack.all().stream().collect(Collectors.toMap(x -> x.observation().id(), Comparison::figureClass));
        assertEquals(FigureClass.TARGET, classes.get("check-stock"));
        assertEquals(FigureClass.CHECK, classes.get("target"));
        assertEquals(FigureClass.CHECK, classes.get("alike-group"));
        assertEquals(FigureClass.CHECK, classes.get("alike-period"));
        assertEquals(FigureClass.INPUT, classes.get("input"), "what the model reads does not depend on the calibration");
        assertEquals(6, heldBack.checkSummary().observations(), "the shipped target, its two alikes and the three other checks");
    }

    @Test
    void aFigureThatMeasuresATargetsQuantityInOtherTermsIsNotIndependent() {
        // Remittances as a share of GDP are the target's dollars over GDP, which the model is given.
        Comparisons c = compare(new FigureClasses(OBSERVATIONS, targets("check-money"), DECLARED));
        Comparison share = c.all().stream().filter(x -> x.observation().id().equals("check-gdp-share")).findFirst().orElseThrow();
        assertEquals(FigureClass.TARGET_ALIKE, share.figureClass());
        assertTrue(share.classReason().contains("check-money"), share.classReason());
        assertEquals(FigureClass.CHECK, c.all().stream().filter(x -> x.observation().id().equals("check-share")).findFirst().orElseThrow().figureClass(),
                "another quantity of the same origin and year stays a check");
    }

    @Test
    void aConflictGroupIsInsideOnlyIfTheRunIsInsideForEveryMembersPeriod() {
        Observation y2015 = OBSERVATIONS.get("target");
        Observation y2016 = OBSERVATIONS.get("alike-group");
        // The sources say 1,000 to 3,000; the run has 500 for one year and 3,500 for the other: its mean, 2,000, is no verdict.
        ConflictGroup g = new ConflictGroup("tj-ru", List.of(new Comparison(y2015, null, Simulated.value(500), 0.5),
                new Comparison(y2016, null, Simulated.value(3500), 0.5)));
        assertEquals(2000, g.simulated(), 1e-9);
        assertEquals("below and above", g.verdict());
        assertEquals("inside", new ConflictGroup("tj-ru", List.of(new Comparison(y2015, null, Simulated.value(1000), 0.5),
                new Comparison(y2016, null, Simulated.value(2500), 0.5))).verdict());
        assertEquals("below", new ConflictGroup("tj-ru", List.of(new Comparison(y2015, null, Simulated.value(10), 0.5))).verdict());
        assertEquals("partly inside (1 of 2)", new ConflictGroup("tj-ru", List.of(new Comparison(y2015, null, Simulated.value(1500), 0.5),
                new Comparison(y2016, null, Simulated.value(3500), 0.5))).verdict());
    }

    @Test
    void aTargetCannotBeAnInputOrNotComparable() {
        IllegalArgumentException input = assertThrows(IllegalArgumentException.class, () -> new FigureClasses(OBSERVATIONS, targets("input"), DECLARED));
        assertTrue(input.getMessage().contains("input"), input.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FigureClasses(OBSERVATIONS, targets("half-year"), DECLARED));
    }

    @Test
    void theBundledDataClassTheFiguresTheIssueNames() {
        Evidence evidence = Evidence.embedded();
        Declarations d = evidence.declarations();
        for (String id : List.of("kg-annual-departures-sms", "uz-tr-police-document-check",
                "tj-remit-short-term-savings", "tj-remit-long-term-savings")) {
            assertTrue(d.notComparable(id) != null, id + " is declared not comparable");
        }
        FigureClasses classes = evidence.classes();
        Observations o = evidence.observations();
        assertEquals(FigureClass.NOT_COMPARABLE, classes.of(o.get("kg-annual-departures-sms"), Simulated.value(1)).figureClass());
        assertEquals(FigureClass.INPUT, classes.of(o.get("tj-ru-bribes-to-police-2009"), Simulated.value(1)).figureClass());
        assertEquals(FigureClass.TARGET, classes.of(o.get("tj-banned-mvd-2016"), Simulated.value(1)).figureClass());
        // The half-year counts of 2010 (003:908) are compared over the run's own first half of 2010, as targets.
        assertEquals(FigureClass.TARGET, classes.of(o.get("tj-ru-deportation-orders-2010"), Simulated.value(1)).figureClass());
        assertNull(d.notComparable("tj-ru-deportation-orders-2010"), "a half-year is comparable now");
        // The Uzbek count of February 2017 sits in the conflict group of the two FMS targets.
        assertEquals(FigureClass.TARGET_ALIKE, classes.of(o.get("uz-ru-stock-rbc"), Simulated.value(1)).figureClass());
        for (Declarations.Input in : d.inputs().values()) {
            assertTrue(in.input().startsWith("corridor/sim/"), in.observation() + " names the simulation's input file");
            assertNull(evidence.targets().get(in.observation()), in.observation() + " is an input and a target");
        }
    }

    @Test
    void comparedFiguresMeasureTheirErrorAsARatioOnTheOverviewsLogAxis() {
        Observation o = OBSERVATIONS.get("check-stock");
        Comparison sevenHigh = new Comparison(o, null, Simulated.value(7000), 0.5);
        Comparison sevenLow = new Comparison(o, null, Simulated.value(1000 / 7.0), 0.5);
        assertEquals(7, sevenHigh.ratio(), 1e-12);
        assertEquals(-Math.log(sevenHigh.ratio()), Math.log(sevenLow.ratio()), 1e-12, "seven times too low lies as far from 1 as seven too high");
    }
}
