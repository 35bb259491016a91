package org.corridor.spark.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;

/**
 * One series of an ensemble's summary, for one origin (or all) and one destination (or all): a
 * {@link Measure} summed over sex and legal status, migrants abroad in one legal status, or a
 * {@link HouseholdMeasure} (destination "ALL" only). A month's value is a full-population estimate
 * (agent value over the scale).
 *
 * @param origin an origin's ordinal, or -1 for all three
 * @param place a destination's ordinal, or -1 for all
 * @param measure the people measure, or null for a household measure
 * @param state the legal status abroad, or null for all
 * @param household the household measure, or null
 */
public record SummaryCell(int origin, int place, Measure measure, LegalState state, HouseholdMeasure household) {
    public static final String ALL = "ALL";

    /** Every cell of the summary, in its fixed order. */
    public static final List<SummaryCell> CELLS = cells();

    private static List<SummaryCell> cells() {
        List<SummaryCell> cells = new ArrayList<>();
        for (int o = -1; o < Origin.ALL.length; o++) {
            for (int p = -1; p < Place.DESTINATIONS.length; p++) {
                int place = p < 0 ? -1 : Place.DESTINATIONS[p].ordinal();
                for (Measure m : Measure.ALL) {
                    cells.add(new SummaryCell(o, place, m, null, null));
                }
                for (LegalState st : LegalState.ALL) {
                    if (st != LegalState.HOME) {
                        cells.add(new SummaryCell(o, place, Measure.ABROAD, st, null));
                    }
                }
            }
            for (HouseholdMeasure h : HouseholdMeasure.ALL) {
                cells.add(new SummaryCell(o, -1, null, null, h));
            }
        }
        return List.copyOf(cells);
    }

    public String originName() {
        return origin < 0 ? ALL : Origin.ALL[origin].name();
    }

    public String destinationName() {
        return place < 0 ? ALL : Place.ALL[place].name();
    }

    /** The series' name: the measure's column, with the legal status for migrants abroad by status. */
    public String series() {
        if (household != null) {
            return household.column();
        }
        return state == null ? measure.column() : measure.column() + "_" + state.key().toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** The cell's value in a month's tally, as a full-population estimate. */
    public double value(Tally t, double scale) {
        double sum = 0;
        for (int o = 0; o < Origin.ALL.length; o++) {
            if (origin >= 0 && o != origin) {
                continue;
            }
            if (household != null) {
                sum += t.get(o, household);
                continue;
            }
            for (Place p : Place.DESTINATIONS) {
                if (place >= 0 && p.ordinal() != place) {
                    continue;
                }
                for (int sex = 0; sex < 2; sex++) {
                    for (LegalState st : LegalState.ALL) {
                        if (state == null || st == state) {
                            sum += t.get(o, p.ordinal(), sex, st.ordinal(), measure);
                        }
                    }
                }
            }
        }
        return sum / scale;
    }
}
