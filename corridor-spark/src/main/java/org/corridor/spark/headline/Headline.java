package org.corridor.spark.headline;

import java.util.Locale;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.LegalState;
import org.corridor.spark.ensemble.ReplicaOutput;

/**
 * The figures an analyst asks of a scenario first, for one origin and one year, each a
 * full-population estimate: what a sensitivity analysis and a calibration reduce a run to.
 */
public enum Headline {
    /** Migrants abroad, the year's monthly mean. */
    ABROAD("people"),
    /**
     * The share of migrants abroad who are lawfully present and, if working, authorised (legal
     * visitors and legal workers), the year's monthly mean, in per cent.
     */
    LEGAL_SHARE("%"),
    /** People under a re-entry ban, the year's monthly mean. */
    BANNED("people"),
    /** Remittances sent in the year, US dollars. */
    REMITTANCES("USD"),
    /** Households with a member abroad, the year's monthly mean. */
    MIGRANT_HOUSEHOLDS("households");

    private final String unit;

    Headline(String unit) {
        this.unit = unit;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String unit() {
        return unit;
    }

    public static Headline parse(String key) {
        for (Headline h : values()) {
            if (h.key().equals(key)) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown output '" + key + "' (known: abroad, legal_share, banned, remittances, migrant_households)");
    }

    /** The figure for an origin in a year of a replica's months; NaN when the run does not cover the whole year. */
    public double of(ReplicaOutput run, int origin, int year, double scale) {
        int first = (year - run.first().getYear()) * 12 - (run.first().getMonthValue() - 1);
        if (first < 0 || first + 12 > run.months()) {
            return Double.NaN;
        }
        double sum = 0;
        double legal = 0;
        for (int m = first; m < first + 12; m++) {
            Tally t = run.tally(m);
            switch (this) {
                case ABROAD -> sum += t.total(origin, Measure.ABROAD);
                case BANNED -> sum += t.total(origin, Measure.BANNED);
                case REMITTANCES -> sum += t.total(origin, Measure.REMITTANCES_USD);
                case MIGRANT_HOUSEHOLDS -> sum += t.get(origin, HouseholdMeasure.MIGRANT_HOUSEHOLDS);
                case LEGAL_SHARE -> {
                    sum += t.total(origin, Measure.ABROAD);
                    legal += state(t, origin, LegalState.LEGAL_VISITOR) + state(t, origin, LegalState.LEGAL_WORKER);
                }
            }
        }
        return switch (this) {
            case LEGAL_SHARE -> sum > 0 ? 100 * legal / sum : Double.NaN;
            case REMITTANCES -> sum / scale;
            default -> sum / 12 / scale;
        };
    }

    private static double state(Tally t, int origin, LegalState state) {
        double sum = 0;
        for (int p = 0; p < org.corridor.sim.world.Place.ALL.length; p++) {
            for (int sex = 0; sex < 2; sex++) {
                sum += t.get(origin, p, sex, state.ordinal(), Measure.ABROAD);
            }
        }
        return sum;
    }
}
