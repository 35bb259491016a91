package org.corridor.evidence.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.calibrate.FreeParameter;
import org.corridor.evidence.calibrate.FreeParameters;
import org.corridor.evidence.compare.FigureClass;
import org.corridor.evidence.compare.FigureClasses;
import org.corridor.evidence.compare.Simulated;
import org.corridor.evidence.macro.MacroTable;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.table.CsvTable;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.yaml.InputError;
import org.junit.jupiter.api.Test;

class SeriesTargetsTest {
    private static final Evidence EVIDENCE = Evidence.embedded();

    @Test
    void everyYearOfASeriesIsAFigureAndTheTargetedYearsShareTheSeriesWeight() {
        Observation tj2008 = EVIDENCE.observations().get("wb-remittances-gdp-share-tj-2008");
        assertEquals("remittances_gdp_share", tj2008.indicator());
        assertEquals(44.126, tj2008.baseValue(), 1e-9);
        // 2022-2024 are in the table (news reports of the Bank's estimates): figures, but not targets.
        assertTrue(EVIDENCE.observations().has("wb-remittances-gdp-share-tj-2024"));
        assertFalse(EVIDENCE.targets().isTarget("wb-remittances-gdp-share-tj-2024"));
        Map<String, Double> weights = EVIDENCE.targets().all().stream().filter(Target::inSeries)
                .collect(Collectors.groupingBy(Target::series, Collectors.summingDouble(Target::weight)));
        assertEquals(Map.of("remittances_gdp_share:TJ", 1.0, "remittances_gdp_share:KG", 1.0, "remittances_gdp_share:UZ", 1.0).keySet(), weights.keySet());
        weights.values().forEach(w -> assertEquals(1.0, w, 1e-9, "a series weighs as much as one point target"));
        assertEquals(1.0 / 16, EVIDENCE.targets().get("wb-remittances-gdp-share-tj-2008").weight(), 1e-12);
    }

    @Test
    void heldBackTheTargetsAreOnlyTheFiguresUpToTheYearAndASeriesKeepsItsWeight() {
        Targets held = EVIDENCE.targets().until(2013, EVIDENCE.observations());
        assertFalse(held.all().isEmpty());
        for (Target t : held.all()) {
            assertTrue(EVIDENCE.observations().get(t.observation()).period().last() <= 2013, t.observation());
        }
        assertTrue(held.isTarget("wb-remittances-gdp-share-kg-2013"));
        assertTrue(held.isTarget("tj-ru-labour-migrants-fms-2013"));
        assertFalse(held.isTarget("tj-remit-usd-2008"), "an input is never a target");
        assertFalse(held.isTarget("tj-banned-mvd-2016"));
        assertEquals(1.0 / 9, held.get("wb-remittances-gdp-share-tj-2008").weight(), 1e-12, "9 of the 16 Tajik years kept");
        assertEquals(1.0 / 4, held.get("wb-remittances-gdp-share-uz-2010").weight(), 1e-12);
    }

    @Test
    void theSameClassFunctionMakesAFigureAfterTheYearACheckOfTheHeldBackCalibration() {
        FigureClasses shipped = EVIDENCE.classes();
        FigureClasses held = EVIDENCE.classes(EVIDENCE.targets().until(2013, EVIDENCE.observations()));
        Simulated any = new Simulated.Value(30);
        Observation tj2015 = EVIDENCE.observations().get("wb-remittances-gdp-share-tj-2015");
        Observation tj2010 = EVIDENCE.observations().get("wb-remittances-gdp-share-tj-2010");
        assertEquals(FigureClass.TARGET, shipped.of(tj2015, any).figureClass());
        assertEquals(FigureClass.CHECK, held.of(tj2015, any).figureClass());
        assertEquals(FigureClass.TARGET, held.of(tj2010, any).figureClass());
        // A point target after the year is a check of the held-back calibration too.
        assertEquals(FigureClass.CHECK, held.of(EVIDENCE.observations().get("tj-banned-mvd-2016"), any).figureClass());
        // The sources' own Tajik share of 2015 measures the quantity of a shipped target year; held back, it is a check.
        Observation sources2015 = EVIDENCE.observations().get("tj-remit-gdp-2015");
        assertEquals(FigureClass.TARGET_ALIKE, shipped.of(sources2015, any).figureClass());
        assertEquals(FigureClass.CHECK, held.of(sources2015, any).figureClass());
    }

    @Test
    void heldBackAParameterNoTargetOfTheYearsInformsIsNotFitted() {
        Simulation sim = Simulation.embedded();
        List<FreeParameter> free = FreeParameters.embedded(sim.behaviourOf(sim.scenarios().load("baseline")));
        assertEquals(List.of(), FreeParameters.unknownInformers(free, EVIDENCE.targets()), "every informed_by names a declared target or series");
        assertEquals(free.size(), FreeParameters.informedBy(free, EVIDENCE.targets()).size(), "every free parameter is informed by some target");
        List<String> held = FreeParameters.informedBy(free, EVIDENCE.targets().until(2013, EVIDENCE.observations())).stream()
                .map(FreeParameter::label).toList();
        assertTrue(held.contains("remittance.send_share") && held.contains("migration.base_hazard.KG"), held.toString());
        assertFalse(held.contains("return.ban_deterrence") || held.contains("enforcement.discretionary_ban_rate"), held.toString());
    }

    @Test
    void aTargetedYearTheTableDoesNotHoldIsRefusedWithTheLine() {
        MacroTable wb = MacroTable.embedded("remittances_wb.csv");
        InputError e = assertThrows(InputError.class, () -> SeriesTargets.of(CsvTable.parse("s.csv",
                "series,origin,from,to,tolerance,weight,reason\nremittances_gdp_share,UZ,2008,2012,0.3,1,r\n", SeriesTargets.COLUMNS), wb));
        assertTrue(e.getMessage().startsWith("s.csv:2: from: ") && e.getMessage().contains("no remittances_gdp_share:UZ for 2008"), e.getMessage());
        InputError origin = assertThrows(InputError.class, () -> SeriesTargets.of(CsvTable.parse("s.csv",
                "series,origin,from,to,tolerance,weight,reason\nremittances_gdp_share,RU,2008,2012,0.3,1,r\n", SeriesTargets.COLUMNS), wb));
        assertTrue(origin.getMessage().startsWith("s.csv:2: origin: "), origin.getMessage());
    }
}
