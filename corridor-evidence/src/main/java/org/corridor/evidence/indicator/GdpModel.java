package org.corridor.evidence.indicator;

import org.corridor.sim.world.Origin;

/**
 * The GDP model of the emigration-trap chapter (Table 11.4, 002:10882-10889): GDP in US$ million as a
 * constant plus coefficients times remittances from Russia and foreign direct investment, both in
 * US$ million. Remittances are the external term, FDI and the constant the internal ones.
 */
public record GdpModel(Origin origin, double remittances, double fdi, double constant) {
    /** The chapter's estimates for Kyrgyzstan, Tajikistan and Uzbekistan (002:10886-10889). */
    public static GdpModel of(Origin origin) {
        return switch (origin) {
            case KG -> new GdpModel(origin, 9.8901, 1.1956, 1705.988);
            case TJ -> new GdpModel(origin, 9.2693, 0.3876, 1521.029);
            case UZ -> new GdpModel(origin, 56.475, 9.2599, 16588.07);
        };
    }

    /** DMSRC for a year's remittances from Russia and FDI (US$ million). */
    public double dmsrc(double remittancesFromRussia, double fdiInflow) {
        return EmigrationTrap.dmsrc(new double[] {remittances * remittancesFromRussia}, new double[] {fdi * fdiInflow}, constant);
    }
}
