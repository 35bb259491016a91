package org.corridor.spark.ensemble;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.corridor.sim.output.CsvTables;
import org.corridor.sim.output.Tally;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * The bands of an ensemble: for every {@link SummaryCell} and month, the mean, the median and the 5,
 * 25, 75 and 95% quantiles over the replicas, for the scenario, the baseline and their difference
 * (scenario minus baseline, replica by replica: the same seed and draw). Quantiles are Hyndman and
 * Fan's type 7 (linear interpolation between order statistics, as R's and NumPy's defaults).
 *
 * <p>The replicas are ordered by key first, so the same replicas give the same bytes whatever
 * finished first.
 */
public final class EnsembleSummary {
    public static final String HEADER = "arm,month,origin,destination,series,n,mean,p05,p25,median,p75,p95";

    /** One cell's statistics over the replicas. */
    public record Band(int n, double mean, double p05, double p25, double median, double p75, double p95) {
        public boolean contains(double x) {
            return x >= p05 && x <= p95;
        }
    }

    private final List<YearMonth> months;
    private final Map<Arm, Band[]> bands;

    private EnsembleSummary(List<YearMonth> months, Map<Arm, Band[]> bands) {
        this.months = List.copyOf(months);
        this.bands = bands;
    }

    /** Summarises replicas (in any order) of a run at {@code scale}. */
    public static EnsembleSummary of(List<ReplicaOutput> outputs, double scale) {
        List<ReplicaOutput> sorted = new ArrayList<>(outputs);
        sorted.sort((a, b) -> a.key().compareTo(b.key()));
        List<ReplicaOutput> scenario = sorted.stream().filter(o -> o.key().arm() == Arm.SCENARIO).toList();
        List<ReplicaOutput> baseline = sorted.stream().filter(o -> o.key().arm() == Arm.BASELINE).toList();
        if (scenario.isEmpty()) {
            throw new IllegalArgumentException("no scenario replicas to summarise");
        }
        List<YearMonth> months = scenario.get(0).monthList();
        for (ReplicaOutput o : sorted) {
            if (!o.monthList().equals(months)) {
                throw new IllegalArgumentException("replica " + o.key() + " covers other months than the rest");
            }
        }
        double[][] s = values(scenario, scale);
        Map<Arm, Band[]> bands = new EnumMap<>(Arm.class);
        bands.put(Arm.SCENARIO, bands(s));
        if (!baseline.isEmpty()) {
            if (baseline.size() != scenario.size()) {
                throw new IllegalArgumentException("the baseline has " + baseline.size() + " replicas, the scenario " + scenario.size());
            }
            double[][] b = values(baseline, scale);
            double[][] d = new double[s.length][];
            for (int c = 0; c < s.length; c++) {
                d[c] = new double[s[c].length];
                for (int r = 0; r < d[c].length; r++) {
                    d[c][r] = s[c][r] - b[c][r];
                }
            }
            bands.put(Arm.BASELINE, bands(b));
            bands.put(Arm.DIFFERENCE, bands(d));
        }
        return new EnsembleSummary(months, bands);
    }

    /** values[month * cells + cell][replica] */
    private static double[][] values(List<ReplicaOutput> replicas, double scale) {
        int cells = SummaryCell.CELLS.size();
        int months = replicas.get(0).months();
        double[][] v = new double[months * cells][replicas.size()];
        for (int r = 0; r < replicas.size(); r++) {
            ReplicaOutput o = replicas.get(r);
            for (int m = 0; m < months; m++) {
                Tally t = o.tally(m);
                for (int c = 0; c < cells; c++) {
                    v[m * cells + c][r] = SummaryCell.CELLS.get(c).value(t, scale);
                }
            }
        }
        return v;
    }

    private static Band[] bands(double[][] values) {
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        Band[] out = new Band[values.length];
        for (int c = 0; c < values.length; c++) {
            double[] x = values[c];
            double sum = 0;
            for (double v : x) {
                sum += v;
            }
            percentile.setData(x);
            out[c] = new Band(x.length, sum / x.length, percentile.evaluate(5), percentile.evaluate(25), percentile.evaluate(50),
                    percentile.evaluate(75), percentile.evaluate(95));
        }
        return out;
    }

    public List<YearMonth> months() {
        return months;
    }

    public boolean has(Arm arm) {
        return bands.containsKey(arm);
    }

    public Band band(Arm arm, int month, int cell) {
        return bands.get(arm)[month * SummaryCell.CELLS.size() + cell];
    }

    /** The summary as CSV: one row per arm, month and cell, numbers to one decimal, the same bytes on every machine. */
    public void writeCsv(Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        StringBuilder row = new StringBuilder(160);
        int cells = SummaryCell.CELLS.size();
        for (Arm arm : Arm.values()) {
            if (!bands.containsKey(arm)) {
                continue;
            }
            for (int m = 0; m < months.size(); m++) {
                for (int c = 0; c < cells; c++) {
                    SummaryCell cell = SummaryCell.CELLS.get(c);
                    Band b = band(arm, m, c);
                    row.setLength(0);
                    row.append(arm.key()).append(',').append(months.get(m)).append(',').append(cell.originName()).append(',')
                            .append(cell.destinationName()).append(',').append(cell.series()).append(',').append(b.n());
                    for (double v : new double[] {b.mean(), b.p05(), b.p25(), b.median(), b.p75(), b.p95()}) {
                        row.append(',');
                        CsvTables.number(row, v);
                    }
                    row.append('\n');
                    out.append(row);
                }
            }
        }
    }
}
