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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jfree.chart.ChartFactory;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corridor compare}: the differences between two runs, year by year and origin by origin, by
 * SQL over their series (DuckDB), printed as tables and plotted as charts of both runs.
 */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Compare two runs of 'corridor simulate': for each year and origin, the second run minus the first,",
            "for migrants abroad, arrivals, returns, irregular stays, bans and remittances; and charts of both runs."},
        footer = {"", "Example:", "  corridor compare runs/baseline runs/patent-price-double --out runs/compare"})
public final class CompareCommand implements Callable<Integer> {
    /** What is compared: column, how a year is summarised (a monthly average of a stock, or a sum of a flow), label. */
    record Quantity(String column, boolean stock, String label) {
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR_A", description = "the first run (the reference)")
    Path first;

    @Parameters(index = "1", paramLabel = "DIR_B", description = "the second run")
    Path second;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the charts (default: compare-A-vs-B in the current directory)")
    Path out;

    @Override
    public Integer call() throws IOException, SQLException {
        JsonNode a = manifest("DIR_A", first);
        JsonNode b = manifest("DIR_B", second);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("A: %s (%s, scale %s, seed %s)%nB: %s (%s, scale %s, seed %s)%n", a.path("scenario").asText(), first, a.path("scale").asText(),
                a.path("seed").asText(), b.path("scenario").asText(), second, b.path("scale").asText(), b.path("seed").asText());
        if (!a.path("scale").asText().equals(b.path("scale").asText()) || !a.path("seed").asText().equals(b.path("seed").asText())) {
            o.println("Note: the runs differ in scale or seed, so part of the difference is sampling noise.");
        }
        Map<String, Map<String, double[]>> yearly;
        Map<String, double[]> monthly;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            yearly = yearly(c);
            monthly = monthly(c);
        }
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
        Path charts = out != null ? out : Path.of("compare-" + first.getFileName() + "-vs-" + second.getFileName());
        Files.createDirectories(charts);
        for (int q = 0; q < QUANTITIES.size(); q++) {
            chart(charts, q, a.path("scenario").asText() + " (A)", b.path("scenario").asText() + " (B)", monthly);
        }
        o.println();
        o.println("Charts of both runs: " + charts);
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

    private JsonNode manifest(String argument, Path dir) {
        Path manifest = dir.resolve(RunWriter.MANIFEST);
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(dir.resolve(RunWriter.SERIES))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    argument + ": " + dir + " is not the output of 'corridor simulate' (no manifest.json and series.csv)");
        }
        try {
            return JSON.readTree(manifest.toFile());
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), argument + ": " + manifest + " is not valid JSON");
        }
    }

    /** Year, origin and, per quantity, the values of A and B. */
    private Map<String, Map<String, double[]>> yearly(Connection c) throws SQLException {
        Map<String, Map<String, double[]>> out = new TreeMap<>();
        for (int run = 0; run < 2; run++) {
            StringBuilder sql = new StringBuilder("SELECT substr(month, 1, 4) AS year, origin");
            for (Quantity q : QUANTITIES) {
                sql.append(q.stock() ? ", sum(" + q.column() + ") / count(DISTINCT month)" : ", sum(" + q.column() + ")");
            }
            sql.append(" FROM read_csv(").append(Parquet.literal((run == 0 ? first : second).resolve(RunWriter.SERIES)))
                    .append(", header = true, types = {'month': 'VARCHAR'}) GROUP BY 1, 2 ORDER BY 1, 2");
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
    private Map<String, double[]> monthly(Connection c) throws SQLException {
        Map<String, double[]> out = new TreeMap<>();
        for (int run = 0; run < 2; run++) {
            StringBuilder sql = new StringBuilder("SELECT month");
            for (Quantity q : QUANTITIES) {
                sql.append(", sum(").append(q.column()).append(")");
            }
            sql.append(" FROM read_csv(").append(Parquet.literal((run == 0 ? first : second).resolve(RunWriter.SERIES)))
                    .append(", header = true, types = {'month': 'VARCHAR'}) GROUP BY 1 ORDER BY 1");
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

    private static void chart(Path dir, int q, String nameA, String nameB, Map<String, double[]> monthly) throws IOException {
        TimeSeries a = new TimeSeries(nameA);
        TimeSeries b = new TimeSeries(nameB);
        for (Map.Entry<String, double[]> e : monthly.entrySet()) {
            java.time.YearMonth m = java.time.YearMonth.parse(e.getKey());
            Month month = new Month(m.getMonthValue(), m.getYear());
            a.addOrUpdate(month, e.getValue()[2 * q]);
            b.addOrUpdate(month, e.getValue()[2 * q + 1]);
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(a);
        data.addSeries(b);
        Quantity quantity = QUANTITIES.get(q);
        Charts.save(dir.resolve(quantity.column().replace('_', '-') + ".png"),
                ChartFactory.createTimeSeriesChart(quantity.label().replaceAll(" \\(.*", "") + ", all origins, by month", "month",
                        quantity.column().endsWith("_usd") ? "US dollars" : "people", data, true, false, false));
    }
}
