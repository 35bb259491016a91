package org.corridor.app.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.corridor.app.cli.OptionChecks;
import org.corridor.app.simulate.CompareCommand.Folder;
import org.corridor.app.simulate.CompareCommand.Quantity;

/**
 * Two ensembles of {@code corridor ensemble} compared through their summaries: for each the scenario
 * arm's median and bands, all origins and destinations, month by month over the months both cover.
 * The baseline and difference arms are not compared: each ensemble's own baseline is its business.
 * Writes a chart per series and {@code bands.csv}, and prints the last common year.
 */
final class EnsembleComparison {
    /** The manifest's kind of an ensemble, as {@code EnsembleWriter} writes it; a run's manifest has none. */
    static final String KIND = "ensemble";
    /** The summary of an ensemble ({@code EnsembleWriter.SUMMARY}). */
    static final String SUMMARY = "summary.parquet";
    static final String BANDS = "bands.csv";
    static final String BANDS_HEADER = "month,series,a_median,a_p05,a_p95,b_median,b_p05,b_p95,median_b_minus_a";

    /**
     * The series compared: those of two runs' comparison, and households with a migrant. The summary's
     * {@code irregular} is {@code abroad_irregular} under another name (the census counts the measure for
     * exactly the people in the irregular state), so it is shown once, under the legal-status name.
     */
    static final List<Quantity> SERIES = Stream.concat(
            CompareCommand.QUANTITIES.stream().map(q -> q.column().equals("irregular") ? new Quantity("abroad_irregular", true, q.label()) : q),
            Stream.of(new Quantity("migrant_households", true, "households with a migrant abroad (average over the year)"))).toList();

    /** One side of the comparison: its letter, its folder, and its scenario arm's band for each series and common month. */
    record Ensemble(String letter, Folder folder, Map<String, List<Band>> bands) {
        /** The scenario and how many replicas, as the legend and the printout name it. */
        String name() {
            int replicas = folder.manifest().at("/spec/replicas").asInt();
            int draws = folder.manifest().at("/spec/parameter_draws").asInt();
            String runs = replicas + (replicas == 1 ? " replica" : " replicas") + (draws > 0 ? " x " + draws + " parameter draws" : "");
            return letter + ": " + folder.scenario() + " (" + runs + ")";
        }
    }

    private final Ensemble a;
    private final Ensemble b;
    private final List<YearMonth> months;

    private EnsembleComparison(Ensemble a, Ensemble b, List<YearMonth> months) {
        this.a = a;
        this.b = b;
        this.months = months;
    }

    /** Reads both summaries over the common months {@code from} to {@code to}; a summary lacking a series or month is refused. */
    static EnsembleComparison of(OptionChecks check, Connection c, Folder a, Folder b, YearMonth from, YearMonth to) throws SQLException {
        List<YearMonth> months = Stream.iterate(from, m -> !m.isAfter(to), m -> m.plusMonths(1)).toList();
        return new EnsembleComparison(read(check, c, "A", a, months), read(check, c, "B", b, months), months);
    }

    private static Ensemble read(OptionChecks check, Connection c, String letter, Folder folder, List<YearMonth> months) throws SQLException {
        String names = SERIES.stream().map(q -> "'" + q.column() + "'").collect(Collectors.joining(", "));
        String sql = "SELECT series, month, p05, p25, median, p75, p95 FROM read_parquet(" + Parquet.literal(folder.path().resolve(SUMMARY))
                + ") WHERE arm = 'scenario' AND origin = 'ALL' AND destination = 'ALL' AND series IN (" + names + ")"
                + " AND month BETWEEN '" + months.get(0) + "' AND '" + months.get(months.size() - 1) + "'";
        Map<String, Map<YearMonth, Band>> read = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                read.computeIfAbsent(r.getString(1), k -> new TreeMap<>())
                        .put(YearMonth.parse(r.getString(2)), new Band(r.getDouble(3), r.getDouble(4), r.getDouble(5), r.getDouble(6), r.getDouble(7)));
            }
        }
        Map<String, List<Band>> bands = new HashMap<>();
        for (Quantity q : SERIES) {
            Map<YearMonth, Band> byMonth = read.getOrDefault(q.column(), Map.of());
            for (YearMonth m : months) {
                if (!byMonth.containsKey(m)) {
                    throw check.bad(folder.argument(), folder.path().resolve(SUMMARY) + " has no scenario band of " + q.column() + " for " + m);
                }
            }
            bands.put(q.column(), months.stream().map(byMonth::get).toList());
        }
        return new Ensemble(letter, folder, bands);
    }

    /** Prints the comparison and writes the charts and bands.csv into the output directory. */
    void report(PrintWriter o, OutputDirectory out) throws IOException {
        print(o);
        for (Quantity q : SERIES) {
            BandChart.write(out.path(q.chartFile()), q.title() + ", all origins and destinations, by month", q.unit(),
                    List.of(bands(a, q), bands(b, q)));
        }
        writeCsv(out);
    }

    private BandChart.Bands bands(Ensemble e, Quantity q) {
        return new BandChart.Bands(e.name(), months, e.bands().get(q.column()));
    }

    private void print(PrintWriter o) {
        for (Ensemble e : List.of(a, b)) {
            Folder f = e.folder();
            JsonNode baseline = f.manifest().at("/spec/baseline");
            o.printf("%s, %s: scale %s, %s, baseline %s%n", e.name(), f.path(), f.manifest().at("/spec/scale").asText(), f.period(),
                    baseline.isTextual() ? baseline.asText() : "none");
        }
        o.println("Compared: each ensemble's scenario, all origins and destinations, over the months both cover: " + months.get(0) + " to "
                + months.get(months.size() - 1) + ".");
        int year = months.get(months.size() - 1).getYear();
        List<Integer> inYear = IntStream.range(0, months.size()).filter(k -> months.get(k).getYear() == year).boxed().toList();
        o.println();
        o.printf("%d, the last year in common (%d month%s): each statistic (median, 5%% and 95%% of the replicas) is its mean over the"
                + " year's months,%nso flows (arrivals, returns, new bans, remittances) are per month; the bands are of monthly values,"
                + " not of the year's total.%n", year, inYear.size(), inYear.size() == 1 ? "" : "s");
        String row = "%-32s %13s %27s %13s %27s %24s  %s%n";
        o.printf(row, "", "A median", "A 5-95%", "B median", "B 5-95%", "B - A (median)", "5-95% bands");
        for (Quantity q : SERIES) {
            Band x = Band.mean(inYear.stream().map(a.bands().get(q.column())::get).toList());
            Band y = Band.mean(inYear.stream().map(b.bands().get(q.column())::get).toList());
            String overlap = x.overlaps(y) ? "overlap" : y.p05() > x.p95() ? "apart, B above" : "apart, B below";
            o.printf(Locale.ROOT, row, q.title(), whole(x.median()), range(x), whole(y.median()), range(y),
                    CompareCommand.difference(x.median(), y.median()), overlap);
        }
    }

    private void writeCsv(OutputDirectory out) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out.path(BANDS), StandardCharsets.UTF_8))) {
            w.write(BANDS_HEADER + "\n");
            for (int k = 0; k < months.size(); k++) {
                for (Quantity q : SERIES) {
                    Band x = a.bands().get(q.column()).get(k);
                    Band y = b.bands().get(q.column()).get(k);
                    w.write(String.join(",", months.get(k).toString(), q.column(), plain(x.median()), plain(x.p05()), plain(x.p95()),
                            plain(y.median()), plain(y.p05()), plain(y.p95()), plain(decimal(y.median()).subtract(decimal(x.median())))) + "\n");
                }
            }
        }
    }

    private static String whole(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String range(Band b) {
        return "[" + whole(b.p05()) + ", " + whole(b.p95()) + "]";
    }

    /** The shortest decimal that reads back as the value, so that a difference of two is exact in the digits written. */
    private static BigDecimal decimal(double v) {
        return BigDecimal.valueOf(v);
    }

    private static String plain(double v) {
        return plain(decimal(v));
    }

    /** In full, without exponent or trailing zeros, so that a spreadsheet reads it as it is. */
    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
