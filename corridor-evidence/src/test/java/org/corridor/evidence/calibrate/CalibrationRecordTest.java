package org.corridor.evidence.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridor.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class CalibrationRecordTest {
    @Test
    void theRecordListsTheTargetsTheFitSawAndTheHeldBackYear() {
        String text = "name: held-back-2013\nperiod: {from: 2005-01, to: 2026-12}\n" + CalibrationBlock.MARKER + "\nbehaviour:\n  remittance.send_share: 0.8\n"
                + "calibration:\n  date: 2026-12-02\n  parameters: [remittance.send_share]\n"
                + "  held_back: {until: 2013, not_fitted: [return.ban_deterrence], what: \"x\"}\n"
                + "  targets:\n    - {observation: tj-remit-usd-2008, observed: 1}\n    - {observation: wb-remittances-gdp-share-tj-2010, observed: 1}\n";
        CalibrationRecord r = CalibrationRecord.of(text).orElseThrow();
        assertEquals(List.of("tj-remit-usd-2008", "wb-remittances-gdp-share-tj-2010"), r.targets());
        assertEquals(2013, r.heldBackUntil().getAsInt());
        assertEquals(List.of("return.ban_deterrence"), r.notFitted());
    }

    @Test
    void theShippedBaselinesRecordIsACalibrationOverEveryYear() {
        CalibrationRecord r = CalibrationRecord.of(ScenarioLoader.read("baseline").text()).orElseThrow();
        assertTrue(r.heldBackUntil().isEmpty());
        assertTrue(r.targets().contains("tj-ru-labour-migrants-fms-2013"), r.targets().toString());
        assertFalse(r.targets().contains("tj-remit-usd-2008"), "an input is not a target of the shipped fit");
        assertTrue(CalibrationRecord.of("name: x\nperiod: {from: 2005-01, to: 2005-12}\n").isEmpty());
    }
}
