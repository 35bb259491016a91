package org.corridor.app.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.corridor.app.cli.OptionChecks;
import org.jfree.chart.ChartFactory;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corridor compare}: two runs, or two ensembles, side by side over the months they share.
 * Two runs: the differences year by year and origin by origin, by SQL over their series (DuckDB),
 * printed as tables and plotted as charts of both runs. Two ensembles: the bands of their scenario
 * arms ({@link EnsembleComparison}). The output directory appears complete or not at all.
 */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Compare two runs of 'corridor simulate': for each year and origin, the second run minus the first,",
            "for migrants abroad, arrivals, returns, irregular stays, bans and remittances; and charts of both runs.",
            "Or compare two ensembles of 'corridor ensemble': charts of the median and the 25-75%% and 5-95%% bands of each",
            "ensemble's scenario, bands.csv, and the last common year's medians and bands, and whether the bands overlap.",
            "Only the months both cover are compared."},
        footer = {"", "Examples:", "  corridor compare runs/baseline runs/patent-price-double --out runs/compare",
            "  corridor compare ens/nbd ens/ppd --out ens/compare"})
public final class CompareCommand implements Callable<Integer> {
    /** What is compared: column, how a year is summarised (a monthly average of a stock, or a sum of a flow), label. */
    record Quantity(String column, boolean stock, String label) {
        /** The label without how a year is summarised, for charts. */
        String title() {
            return label.replaceAll(" \\(.*", "");
        }

        String unit() {
            return column.endsWith("_usd") ? "US dollars" : column.contains("households") ? "households" : "people";
        }

        String chartFile() {
            return column.replace('_', '-') + ".png";
        }
    }

    static final List<Quantity> QUANTITIES = List.of(
            new Quantity("abroad", true, "migrants abroad (average over the year)"),
            new Quantity("arrivals", false, "arrivals (in the year)"),
            new Quantity("returns", false, "returns (in the year)"),
            new Quantity("irregular", true, "irregular stays (average over the year)"),
            new Quantity("authorised", true, "with valid work authorisation (average over the year)"),
            new Quantity("newly_banned", false, "new re-entry bans (in the year)"),
            new Quantity("banned", true, "people under a ban (average over the year)"),
            new Quantity("remittances_usd", false, "remittances sent, US dollars (in the year)"));

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A directory given to compare, with its manifest: a run of {@code corridor simulate} (whose
     * manifest has no kind) or an ensemble; and the months it reports, from its manifest.
     */
    record Folder(String argument, Path path, JsonNode manifest, boolean ensemble, YearMonth from, YearMonth to) {
        String scenario() {
            return (ensemble ? manifest.path("spec") : manifest).path("scenario").asText();
        }

        String what() {
            return ensemble ? "an ensemble of 'corridor ensemble'" : "a run of 'corridor simulate'";
        }

        String period() {
            return from + " to " + to;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR_A", description = "the first run or ensemble (the reference)")
    Path first;

    @Parameters(index = "1", paramLabel = "DIR_B", description = "the second run or ensemble")
    Path second;

    @Option(names = "--out", paramLabel = "DIR",
            description = "the directory to create, new or empty (default: compare-A-vs-B in the current directory)")
    Path out;

    @Override
    public Integer call() throws IOException, SQLException {
        OptionChecks check = new OptionChecks(spec);
        Folder a = folder(check, "DIR_A", first);
        Folder b = folder(check, "DIR_B", second);
        if (a.ensemble() != b.ensemble()) {
            throw check.bad("DIR_B", second + " is " + b.what() + " but DIR_A is " + a.what() + "; compare two runs or two ensembles");
        }
        YearMonth from = a.from().isAfter(b.from()) ? a.from() : b.from();
        YearMonth to = a.to().isBefore(b.to()) ? a.to() : b.to();
        if (from.isAfter(to)) {
            throw check.bad("DIR_B", second + " (" + b.period() + ") has no month in common with DIR_A (" + a.period() + ")");
        }
        Path destination = out != null ? out : Path.of("compare-" + first.getFileName() + "-vs-" + second.getFileName());
        check.writableOutput("--out", destination);
        PrintWriter o = spec.commandLine().getOut();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); OutputDirectory written = OutputDirectory.open(destination)) {
            if (a.ensemble()) {
                EnsembleComparison.of(check, c, a, b, from, to).report(o, written);
            } else {
                compareRuns(c, a, b, from, to, o, written);
            }
            written.commit();
        }
        o.println();
        o.println((a.ensemble() ? "Charts and bands.csv of both ensembles: " : "Charts of both runs: ") + destination);
        o.flush();
        return CommandLine.ExitCode.OK;
    }

    static String difference(double a, double b) {
        return String.format(Locale.ROOT, "%+,.0f (%s)", b - a, change(a, b));
    }

    /** B's change from A in per cent, "0%" for none, or "new" where A is zero. */
    public static String change(double a, double b) {
        double d = b - a;
        return a != 0 ? String.format(Locale.ROOT, "%+.1f%%", 100 * d / Math.abs(a)) : (d == 0 ? "0%" : "new");
    }

    /** The directory read and recognised, or one line naming the argument and what is wrong with it. */
    private static Folder folder(OptionChecks check, String argument, Path dir) {
        Path manifest = dir.resolve(RunWriter.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw check.bad(argument, dir + " is not the output of 'corridor simulate' or 'corridor ensemble' (no manifest.json)");
        }
        JsonNode m;
        try {
            m = JSON.readTree(manifest.toFile());
        } catch (IOException e) {
            throw check.bad(argument, manifest + " is not valid JSON");
        }
        String kind = m.path("kind").asText();
        boolean ensemble = kind.equals(EnsembleComparison.KIND);
        if (!ensemble && !kind.isEmpty()) {
            throw check.bad(argument, dir + " is not the output of 'corridor simulate' or 'corridor ensemble' (its manifest's kind is '" + kind + "')");
        }
        String table = ensemble ? EnsembleComparison.SUMMARY : RunWriter.SERIES;
        if (!Files.isRegularFile(dir.resolve(table))) {
            throw check.bad(argument, dir + " has the manifest of " + (ensemble ? "an ensemble" : "a run") + " but no " + table);
        }
        JsonNode period = ensemble ? m.path("spec") : m;
        try {
            return new Folder(argument, dir, m, ensemble, RunBounds.month(period.path("from").asText()), RunBounds.month(period.path("to").asText()));
        } catch (IllegalArgumentException e) {
            throw check.bad(argument, manifest + " has no period (from and to): " + e.getMessage());
        }
    }

    private static void compareRuns(Connection c, Folder a, Folder b, YearMonth from, YearMonth to, PrintWriter o, OutputDirectory written)
            throws SQLException, IOException {
        o.printf("A: %s (%s, scale %s, seed %s)%nB: %s (%s, scale %s, seed %s)%n", a.scenario(), a.path(), a.manifest().path("scale").asText(),
                a.manifest().path("seed").asText(), b.scenario(), b.path(), b.manifest().path("scale").asText(), b.manifest().path("seed").asText());
        if (!a.manifest().path("scale").asText().equals(b.manifest().path("scale").asText())
                || !a.manifest().path("seed").asText().equals(b.manifest().path("seed").asText())) {
            o.println("Note: the runs differ in scale or seed, so part of the difference is sampling noise.");
        }
        if (!a.period().equals(b.period())) {
            o.println("Compared over the months both runs cover: " + from + " to " + to + ".");
        }
        List<Folder> runs = List.of(a, b);
        Map<String, Map<String, double[]>> yearly = yearly(c, runs, from, to);
        Map<String, double[]> monthly = monthly(c, runs, from, to);
        for (int q = 0; q < QUANTITIES.size(); q++) {
            o.println();
            o.println(QUANTITIES.get(q).label() + ": B - A (change)");
            o.printf("%-6s %26s %26s %26s %26s%n", "year", "TJ", "KG", "UZ", "all");
            for (Map.Entry<String, Map<String, double[]>> year : yearly.entrySet()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-6s", year.getKey()));
                double allA = 0;
                double allB = 0;
                for (String origin : List.of("TJ", "KG", "UZ")) {
                    double[] v = year.getValue().getOrDefault(origin, new double[2 * QUANTITIES.size()]);
                    allA += v[2 * q];
                    allB += v[2 * q + 1];
                    line.append(String.format(Locale.ROOT, " %26s", difference(v[2 * q], v[2 * q + 1])));
                }
                line.append(String.format(Locale.ROOT, " %26s", difference(allA, allB)));
                o.println(line);
            }
        }
        for (int q = 0; q < QUANTITIES.size(); q++) {
            runChart(written, q, a.scenario() + " (A)", b.scenario() + " (B)", monthly);
        }
    }

    /** A run's series over the common months, as an SQL table expression. */
    private static String series(Folder run, YearMonth from, YearMonth to) {
        return "read_csv(" + Parquet.literal(run.path().resolve(RunWriter.SERIES)) + ", header = true, types = {'month': 'VARCHAR'})"
                + " WHERE month BETWEEN '" + from + "' AND '" + to + "'";
    }

    /** Year, origin and, per quantity, the values of A and B. */
    private static Map<String, Map<String, double[]>> yearly(Connection c, List<Folder> runs, YearMonth from, YearMonth to) throws SQLException {
        Map<String, Map<String, double[]>> out = new TreeMap<>();
        for (int run = 0; run < 2; run++) {
            StringBuilder sql = new StringBuilder("SELECT substr(month, 1, 4) AS year, origin");
            for (Quantity q : QUANTITIES) {
                sql.append(q.stock() ? ", sum(" + q.column() + ") / count(DISTINCT month)" : ", sum(" + q.column() + ")");
            }
            sql.append(" FROM ").append(series(runs.get(run), from, to)).append(" GROUP BY 1, 2 ORDER BY 1, 2");
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
                while (r.next()) {
                    double[] v = out.computeIfAbsent(r.getString(1), y -> new LinkedHashMap<>())
                            .computeIfAbsent(r.getString(2), o -> new double[2 * QUANTITIES.size()]);
                    for (int q = 0; q < QUANTITIES.size(); q++) {
                        v[2 * q + run] = r.getDouble(3 + q);
                    }
                }
            }
        }
        return out;
    }

    /** Month and, per quantity, the all-origin totals of A and B. */
    private static Map<String, double[]> monthly(Connection c, List<Folder> runs, YearMonth from, YearMonth to) throws SQLException {
        Map<String, double[]> out = new TreeMap<>();
        for (int run = 0; run < 2; run++) {
            StringBuilder sql = new StringBuilder("SELECT month");
            for (Quantity q : QUANTITIES) {
                sql.append(", sum(").append(q.column()).append(")");
            }
            sql.append(" FROM ").append(series(runs.get(run), from, to)).append(" GROUP BY 1 ORDER BY 1");
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
                while (r.next()) {
                    double[] v = out.computeIfAbsent(r.getString(1), m -> new double[2 * QUANTITIES.size()]);
                    for (int q = 0; q < QUANTITIES.size(); q++) {
                        v[2 * q + run] = r.getDouble(2 + q);
                    }
                }
            }
        }
        return out;
    }

    private static void runChart(OutputDirectory dir, int q, String nameA, String nameB, Map<String, double[]> monthly) throws IOException {
        TimeSeries a = new TimeSeries(nameA);
        TimeSeries b = new TimeSeries(nameB);
        for (Map.Entry<String, double[]> e : monthly.entrySet()) {
            YearMonth m = YearMonth.parse(e.getKey());
            Month month = new Month(m.getMonthValue(), m.getYear());
            a.addOrUpdate(month, e.getValue()[2 * q]);
            b.addOrUpdate(month, e.getValue()[2 * q + 1]);
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(a);
        data.addSeries(b);
        Quantity quantity = QUANTITIES.get(q);
        Charts.save(dir.path(quantity.chartFile()),
                ChartFactory.createTimeSeriesChart(quantity.title() + ", all origins, by month", "month", quantity.unit(), data, true, false, false));
    }
}
