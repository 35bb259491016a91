package org.corridor.evidence.targets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corridor.evidence.macro.MacroTable;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.observation.Period;
import org.corridor.evidence.observation.Unit;
import org.corridor.evidence.table.CsvTable;

/**
 * Targets by year ({@code series-targets.csv}): a series the sources give year by year, by origin,
 * becomes one figure per year (an {@link Observation} like those of observations.csv, so that it is
 * compared, classed and reported like any other) and, over the years the row names, one target per
 * year. The years of a series share its weight (weight / years), so that a series of fifteen years
 * weighs in the objective as much as one point target, not fifteen times as much.
 *
 * <p>The series are read from the World Bank's remittance table ({@code macro/remittances_wb.csv}):
 * every year it holds becomes a figure, also the years outside the targeted span (those are checks).
 */
public final class SeriesTargets {
    public static final String FILE = "corridor/evidence/series-targets.csv";
    static final List<String> COLUMNS = List.of("series", "origin", "from", "to", "tolerance", "weight", "reason");
    static final Set<String> ORIGINS = Set.of("TJ", "KG", "UZ");

    private final List<Observation> observations;
    private final List<Target> targets;

    private SeriesTargets(List<Observation> observations, List<Target> targets) {
        this.observations = List.copyOf(observations);
        this.targets = List.copyOf(targets);
    }

    public static SeriesTargets embedded(MacroTable remittances) {
        return of(CsvTable.resource(FILE, COLUMNS), remittances);
    }

    public static SeriesTargets of(CsvTable table, MacroTable remittances) {
        List<Observation> observations = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        Map<String, CsvTable.Row> seen = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String series = row.text("series");
            String origin = row.text("origin");
            if (!ORIGINS.contains(origin)) {
                throw row.error("origin", "expected one of " + ORIGINS.stream().sorted().toList() + ", got '" + origin + "'");
            }
            String key = key(series, origin);
            if (seen.put(key, row) != null) {
                throw row.error("series", key + " is listed twice");
            }
            List<MacroTable.Entry> entries = remittances.entries().stream()
                    .filter(e -> e.indicator().equals(series) && e.country().equals(origin)).toList();
            if (entries.isEmpty()) {
                throw row.error("series", "no series '" + series + "' for " + origin + " in " + remittances.file());
            }
            int from = row.year("from");
            int to = row.year("to");
            if (to < from) {
                throw row.error("to", "ends before it starts (" + from + ")");
            }
            double tolerance = Targets.tolerance(row);
            double weight = Targets.weight(row);
            Map<Integer, Observation> byYear = new LinkedHashMap<>();
            for (MacroTable.Entry e : entries) {
                Unit unit = Unit.ofKey(e.unit());
                if (unit == null) {
                    throw row.error("series", remittances.file() + ": unknown unit '" + e.unit() + "' of " + key + " " + e.year());
                }
                Observation o = new Observation(id(series, origin, e.year()), series, origin, "ABROAD", "ALL", new Period(e.year(), e.year()),
                        e.value(), Double.NaN, Double.NaN, unit, "macro/remittances_wb.csv: " + e.source(),
                        "The World Bank's " + series.replace('_', ' ') + " of " + origin + " in " + e.year() + ", one year of the series"
                                + (e.assumed() ? " (" + e.assumption() + ")" : ""), "", 0);
                byYear.put(e.year(), o);
                observations.add(o);
            }
            int years = to - from + 1;
            for (int y = from; y <= to; y++) {
                if (!byYear.containsKey(y)) {
                    throw row.error(y == from ? "from" : "to", remittances.file() + " has no " + key + " for " + y + ": the targeted years must all be there");
                }
                targets.add(new Target(id(series, origin, y), tolerance, weight / years,
                        row.text("reason") + " (" + y + ", one of the " + years + " years " + from + "-" + to + " that share the series' weight)", key));
            }
        }
        return new SeriesTargets(observations, targets);
    }

    /** Every year of every declared series, as a figure: the targeted years and the others. */
    public List<Observation> observations() {
        return observations;
    }

    /** One target per targeted year, the series' weight shared among its years. */
    public List<Target> targets() {
        return targets;
    }

    /** The key of a series by origin, e.g. {@code remittances_gdp_share:TJ}. */
    public static String key(String series, String origin) {
        return series + ":" + origin;
    }

    /** The id of a series' figure for a year, e.g. {@code wb-remittances-gdp-share-tj-2008}. */
    public static String id(String series, String origin, int year) {
        return "wb-" + series.replace('_', '-') + "-" + origin.toLowerCase(Locale.ROOT) + "-" + year;
    }
}
