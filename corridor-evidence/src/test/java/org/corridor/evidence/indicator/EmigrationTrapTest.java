package org.corridor.evidence.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridor.sim.world.Origin;
import org.junit.jupiter.api.Test;

/** The emigration-trap indices against values worked out by hand. */
class EmigrationTrapTest {
    @Test
    void dleIsTheGeometricMeanOfTheTwoShares() {
        // Remittances 36% of GDP, emigrants 16% of the active population: sqrt(36 x 16) = 24.
        assertEquals(24.0, EmigrationTrap.dle(36, 16), 1e-12);
        assertEquals(0.0, EmigrationTrap.dle(30, 0), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> EmigrationTrap.dle(-1, 10));
    }

    @Test
    void hhiIsTheUsualIndexWhenBothSharesAgree() {
        // 0.8^2 + 0.1^2 + 0.1^2 = 0.66
        assertEquals(0.66, EmigrationTrap.hhi(new double[] {0.8, 0.1, 0.1}), 1e-12);
        assertEquals(1.0, EmigrationTrap.hhi(new double[] {1, 0, 0}), 1e-12);
        // Remittances (0.9, 0.1) and migrants (0.7, 0.3): 0.63 + 0.03 = 0.66
        assertEquals(0.66, EmigrationTrap.hhi(new double[] {0.9, 0.1}, new double[] {0.7, 0.3}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> EmigrationTrap.hhi(new double[] {0.5, 0.2}));
    }

    @Test
    void dleTowardOneDestinationScalesDleByItsShares() {
        // DLE 24; Russia has 90% of the remittances and 40% of the migrants: sqrt(0.9 x 0.4) = 0.6, so 14.4.
        assertEquals(14.4, EmigrationTrap.dleOf(24, 0.9, 0.4), 1e-12);
        assertEquals(24.0, EmigrationTrap.dleOf(24, 1, 1), 1e-12);
    }

    @Test
    void dmsrcIsTheExternalTermsShareOfTheFittedIndicator() {
        // External 300, internal 50 + |-50| + constant 100: 300 / 500 = 0.6.
        assertEquals(0.6, EmigrationTrap.dmsrc(new double[] {300}, new double[] {50, -50}, 100), 1e-12);
        assertTrue(EmigrationTrap.inTrap(0.6));
        assertFalse(EmigrationTrap.inTrap(0.5));
    }

    @Test
    void theChaptersGdpModelForTajikistan() {
        // Table 11.4: GDP = 1521.029 + 9.2693 Rem + 0.3876 FDI. With remittances of US$2,000 million
        // and FDI of US$100 million: 18,538.6 / (18,538.6 + 38.76 + 1,521.029) = 0.922391...
        double expected = 18538.6 / (18538.6 + 38.76 + 1521.029);
        assertEquals(expected, GdpModel.of(Origin.TJ).dmsrc(2000, 100), 1e-12);
    }
}
