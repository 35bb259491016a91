package org.corridor.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.MonthDay;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    @Test
    void aSetReadsTheSameWhateverOrderItIteratesIn() {
        // Set.of iterates in an order each JVM chooses anew; the parameter hash must not follow it
        LinkedHashSet<MonthDay> one = new LinkedHashSet<>(List.of(MonthDay.of(5, 9), MonthDay.of(1, 1), MonthDay.of(3, 8)));
        LinkedHashSet<MonthDay> other = new LinkedHashSet<>(List.of(MonthDay.of(3, 8), MonthDay.of(5, 9), MonthDay.of(1, 1)));
        assertNotEquals(one.toString(), other.toString());
        assertEquals(Fingerprint.canonical(one), Fingerprint.canonical(other));
        assertEquals("[--01-01, --03-08, --05-09]", Fingerprint.canonical(one));
        assertEquals("0.5", Fingerprint.canonical(0.5));
    }

    @Test
    void theSameInputsGiveTheSameHashAndAnotherBehaviourAnother() {
        Simulation sim = Simulation.embedded();
        var s = sim.scenarios().bundled("baseline");
        String a = Fingerprint.of(sim.lawOf(s), sim.behaviourOf(s), sim.environmentOf(s), s.amnesties());
        assertEquals(a, Fingerprint.of(sim.lawOf(s), sim.behaviourOf(s), sim.environmentOf(s), s.amnesties()));
        var other = sim.scenarios().bundled("passports-at-embassy");
        assertNotEquals(a, Fingerprint.of(sim.lawOf(other), sim.behaviourOf(other), sim.environmentOf(other), other.amnesties()));
    }
}
