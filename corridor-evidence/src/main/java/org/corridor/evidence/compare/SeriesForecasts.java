package org.corridor.evidence.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.corridor.evidence.macro.MacroTable;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.observation.Observations;
import org.corridor.evidence.observation.Period;
import org.corridor.evidence.observation.Unit;

/**
 * Flee's measure of a series by year, beside two naive forecasts made from the data up to a year only.
 * Flee (Suleimenova et al. 2017) scores a simulation by its <em>averaged relative difference</em>: the
 * mean over the years of |simulated - observed| / observed. A model is worth its complexity on a series
 * only where it does better than a forecast that knows nothing of the corridor:
 * <ul>
 * <li><b>last value</b>: the last observed value up to the year carried forward;</li>
 * <li><b>constant share of GDP</b>: for money, the last observed share of the origin's GDP times each later
 * year's GDP (for a share of GDP this is the last value).</li>
 * </ul>
 * The series: every figure observed by year for one quantity, origin, destination and sex in at least
 * three years (the World Bank's series apart from the sources' own figures), and the World Bank's
 * remittances in US$ (derived: share x GDP). A year with several figures from the sources counts their mean.
 * A series needs a year up to the forecasts' year and one after it, and a model output.
 */
public final class SeriesForecasts {
    /**
     * One series.
     *
     * @param observed base-unit values by year
     * @param heldBack the held-back model's ARD over the years after {@code until} (NaN without a held-back run)
     * @param shipped the shipped model's ARD over the same years
     * @param lastValue the ARD of the last value up to {@code until} carried forward
     * @param constantShare the ARD of the constant share of GDP (money only; NaN otherwise)
     * @param heldBackFit the held-back model's ARD over the years up to {@code until}, the years it was fitted on
     * @param shippedFit the shipped model's ARD over those years
     */
    public record Row(String series, String indicator, String origin, String destination, String sex, String unit, TreeMap<Integer, Double> observed,
                      int until, double heldBack, double shipped, double lastValue, double constantShare, double heldBackFit, double shippedFit) {
        public List<Integer> yearsAfter() {
            return observed.keySet().stream().filter(y -> y > until).toList();
        }

        public List<Integer> yearsUpTo() {
            return observed.keySet().stream().filter(y -> y <= until).toList();
        }

        /** The best naive forecast's ARD. */
        public double bestNaive() {
            return Double.isNaN(constantShare) ? lastValue : Math.min(lastValue, constantShare);
        }

        /** Whether the held-back model's ARD is below both naive forecasts' (false without a held-back run). */
        public boolean heldBackBeatsNaive() {
            return heldBack < lastValue && (Double.isNaN(constantShare) || heldBack < constantShare);
        }
    }

    private SeriesForecasts() {
    }

    /**
     * @param until the last year the naive forecasts (and a held-back calibration) may see
     * @param heldBack the held-back model's figures, or null
     */
    public static List<Row> of(int until, Observations observations, MacroTable remittances, MacroTable gdp, SimulatedFigures shipped,
                               SimulatedFigures heldBack) {
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : observations.all()) {
            if (o.period().years() != 1 || o.period().halfYear()) {
                continue;
            }
            String family = o.id().startsWith("wb-") ? "World Bank" : "the sources";
            groups.computeIfAbsent(family + "|" + o.indicator() + "|" + o.origin() + "|" + o.destination() + "|" + o.sex(), k -> new ArrayList<>()).add(o);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Observation>> g : groups.entrySet()) {
            List<Observation> members = g.getValue();
            TreeMap<Integer, List<Observation>> byYear = new TreeMap<>();
            members.forEach(o -> byYear.computeIfAbsent(o.period().first(), y -> new ArrayList<>()).add(o));
            if (byYear.size() < 3 || byYear.firstKey() > until || byYear.lastKey() <= until) {
                continue;
            }
            TreeMap<Integer, Double> observed = new TreeMap<>();
            byYear.forEach((y, os) -> observed.put(y, os.stream().mapToDouble(Observation::baseValue).average().orElseThrow()));
            Observation first = members.get(0);
            String series = g.getKey().substring(0, g.getKey().indexOf('|')) + ": " + first.indicator().replace('_', ' ');
            Row row = row(series, first, observed, until, gdp, shipped, heldBack);
            if (!Double.isNaN(row.shipped())) {
                // A series the model has no output for (poverty, opinions) has no measure to set beside the naive ones.
                rows.add(row);
            }
        }
        // The World Bank's dollars (derived, share x GDP): where the two naive forecasts differ.
        Map<String, TreeMap<Integer, Double>> usd = new LinkedHashMap<>();
        for (MacroTable.Entry e : remittances.entries()) {
            if (e.indicator().equals("remittances_usd")) {
                usd.computeIfAbsent(e.country(), c -> new TreeMap<>()).put(e.year(), Unit.ofKey(e.unit()).toBase(e.value()));
            }
        }
        for (Map.Entry<String, TreeMap<Integer, Double>> e : usd.entrySet()) {
            TreeMap<Integer, Double> observed = e.getValue();
            if (observed.size() < 3 || observed.firstKey() > until || observed.lastKey() <= until) {
                continue;
            }
            Observation template = new Observation("wb-remittances-usd-" + e.getKey().toLowerCase(java.util.Locale.ROOT), "remittances_usd",
                    e.getKey(), "ABROAD", "ALL", new Period(observed.firstKey(), observed.firstKey()), 0, Double.NaN, Double.NaN, Unit.ofKey("usd"),
                    "macro/remittances_wb.csv", "", "", 0);
            rows.add(row("World Bank: remittances usd (derived: share x GDP)", template, observed, until, gdp, shipped, heldBack));
        }
        return rows;
    }

    private static Row row(String series, Observation template, TreeMap<Integer, Double> observed, int until, MacroTable gdp,
                           SimulatedFigures shipped, SimulatedFigures heldBack) {
        int lastYear = observed.floorKey(until);
        double last = observed.get(lastYear);
        double[] naiveLast = new double[2];
        double[] naiveShare = new double[2];
        boolean money = template.indicator().equals("remittances_usd");
        boolean share = template.indicator().equals("remittances_gdp_share");
        OptionalDouble gdpLast = gdp.value(template.origin(), lastYear);
        double[] held = new double[2];
        double[] ship = new double[2];
        double[] heldFit = new double[2];
        double[] shipFit = new double[2];
        for (Map.Entry<Integer, Double> e : observed.entrySet()) {
            int y = e.getKey();
            double obs = e.getValue();
            Observation o = template.withPeriod(new Period(y, y));
            if (y <= until) {
                add(shipFit, value(shipped, o), obs);
                if (heldBack != null) {
                    add(heldFit, value(heldBack, o), obs);
                }
                continue;
            }
            add(ship, value(shipped, o), obs);
            if (heldBack != null) {
                add(held, value(heldBack, o), obs);
            }
            add(naiveLast, last, obs);
            if (share) {
                add(naiveShare, last, obs);
            } else if (money && gdpLast.isPresent() && gdp.value(template.origin(), y).isPresent()) {
                add(naiveShare, last / gdpLast.getAsDouble() * gdp.value(template.origin(), y).getAsDouble(), obs);
            }
        }
        return new Row(series, template.indicator(), template.origin(), template.destination(), template.sex(), template.unit().base(), observed, until,
                heldBack == null ? Double.NaN : mean(held), mean(ship), mean(naiveLast), money || share ? mean(naiveShare) : Double.NaN,
                heldBack == null ? Double.NaN : mean(heldFit), mean(shipFit));
    }

    private static double value(SimulatedFigures figures, Observation o) {
        return figures.of(o) instanceof Simulated.Value v ? v.value() : Double.NaN;
    }

    /** Adds one year's relative difference to {sum, count}; a year without a value is left out. */
    private static void add(double[] acc, double predicted, double observed) {
        if (Double.isFinite(predicted) && observed != 0) {
            acc[0] += Math.abs(predicted - observed) / Math.abs(observed);
            acc[1]++;
        }
    }

    private static double mean(double[] acc) {
        return acc[1] == 0 ? Double.NaN : acc[0] / acc[1];
    }

    /** The averaged relative difference of predictions against observations, years without a prediction left out (for tests and the text). */
    public static double ard(Map<Integer, Double> predicted, Map<Integer, Double> observed) {
        double[] acc = new double[2];
        observed.forEach((y, obs) -> add(acc, predicted.getOrDefault(y, Double.NaN), obs));
        return mean(acc);
    }
}
