package org.corridor.sim.output;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.List;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;

/**
 * The run's two tables as CSV, every count and sum divided by the scale (full-population estimates).
 * {@code series.csv}: one row per month x origin x destination x sex x legal status, with every
 * {@link Measure}. {@code households.csv}: one row per month x origin, with every
 * {@link HouseholdMeasure} and the share of household income that is remittances. Numbers are
 * written the same way on every machine and thread count (fixed decimals, no locale), so that equal
 * runs give equal bytes.
 */
public final class CsvTables {
    private CsvTables() {
    }

    public static final String SERIES_HEADER;
    public static final String HOUSEHOLDS_HEADER;

    static {
        StringBuilder s = new StringBuilder("month,origin,destination,sex,legal_status");
        for (Measure m : Measure.ALL) {
            s.append(',').append(m.column());
        }
        SERIES_HEADER = s.toString();
        StringBuilder h = new StringBuilder("month,origin");
        for (HouseholdMeasure m : HouseholdMeasure.ALL) {
            h.append(',').append(m.column());
        }
        h.append(",remittance_income_share");
        HOUSEHOLDS_HEADER = h.toString();
    }

    public static void writeSeries(Writer out, List<YearMonth> months, List<Tally> tallies, double scale) throws IOException {
        out.write(SERIES_HEADER);
        out.write('\n');
        StringBuilder row = new StringBuilder(256);
        for (int k = 0; k < months.size(); k++) {
            Tally t = tallies.get(k);
            String month = months.get(k).toString();
            for (Origin o : Origin.ALL) {
                for (Place p : Place.DESTINATIONS) {
                    for (int sex = 0; sex < 2; sex++) {
                        for (LegalState st : LegalState.ALL) {
                            row.setLength(0);
                            row.append(month).append(',').append(o.name()).append(',').append(p.name()).append(',')
                                    .append(sex == 0 ? "M" : "F").append(',').append(st.key());
                            for (Measure m : Measure.ALL) {
                                row.append(',');
                                number(row, t.get(o.ordinal(), p.ordinal(), sex, st.ordinal(), m) / scale);
                            }
                            row.append('\n');
                            out.append(row);
                        }
                    }
                }
            }
        }
    }

    public static void writeHouseholds(Writer out, List<YearMonth> months, List<Tally> tallies, double scale) throws IOException {
        out.write(HOUSEHOLDS_HEADER);
        out.write('\n');
        StringBuilder row = new StringBuilder(256);
        for (int k = 0; k < months.size(); k++) {
            Tally t = tallies.get(k);
            for (Origin o : Origin.ALL) {
                row.setLength(0);
                row.append(months.get(k)).append(',').append(o.name());
                for (HouseholdMeasure m : HouseholdMeasure.ALL) {
                    row.append(',');
                    number(row, t.get(o.ordinal(), m) / scale);
                }
                double received = t.get(o.ordinal(), HouseholdMeasure.RECEIVED_USD);
                double income = received + t.get(o.ordinal(), HouseholdMeasure.HOME_INCOME_USD);
                row.append(',');
                share(row, income > 0 ? received / income : 0);
                row.append('\n');
                out.append(row);
            }
        }
    }

    /** A full-population estimate, to one decimal (agent counts over a scale are seldom whole). */
    public static void number(StringBuilder out, double v) {
        long tenths = Math.round(Math.abs(v) * 10); // half away from zero, the same on both sides
        if (v < 0 && tenths > 0) {
            out.append('-');
        }
        out.append(tenths / 10).append('.').append(tenths % 10);
    }

    static void share(StringBuilder out, double v) {
        long millionths = Math.round(v * 1_000_000);
        out.append(millionths / 1_000_000).append('.');
        String frac = Long.toString(millionths % 1_000_000);
        out.append("000000", 0, 6 - frac.length()).append(frac);
    }
}
