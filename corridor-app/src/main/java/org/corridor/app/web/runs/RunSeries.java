package org.corridor.app.web.runs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridor.app.simulate.Parquet;
import org.corridor.app.simulate.RunWriter;
import org.corridor.sim.output.CsvTables;
import org.corridor.sim.world.Origin;

/**
 * A finished run's totals by month or year, by SQL over its tables (DuckDB): migrants abroad by legal
 * status, flows, bans, remittances, and children with parents abroad; for all origins or one. A year
 * is the monthly average of a stock (people abroad, under a ban) and the sum of a flow.
 */
public final class RunSeries {
    /** Months or years. */
    public enum Period {
        MONTH, YEAR;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Period> parse(String text) {
            for (Period p : values()) {
                if (p.key().equals(text)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    /** A column of the answer: its name, its SQL over one table's month, whether it is a stock, its unit and meaning. */
    public record Column(String name, String sql, boolean households, boolean stock, String unit, String label) {
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("abroad", "sum(abroad)", false, true, "people", "migrants abroad"),
            abroadIn("legal-visitor", "present lawfully, not working with authorisation"),
            abroadIn("legal-worker", "working with valid authorisation, or none needed"),
            abroadIn("unauthorised-work", "present lawfully, working without authorisation"),
            abroadIn("irregular", "irregular stay"),
            new Column("arrivals", "sum(arrivals)", false, false, "people", "arrivals"),
            new Column("returns", "sum(returns)", false, false, "people", "returns home"),
            new Column("newly_banned", "sum(newly_banned)", false, false, "people", "new re-entry bans"),
            new Column("banned", "sum(banned)", false, true, "people", "people under a re-entry ban"),
            new Column("remittances_usd", "sum(remittances_usd)", false, false, "USD", "remittances sent"),
            new Column("remittances_recorded_usd", "sum(remittances_recorded_usd)", false, false, "USD",
                    "remittances sent through operators and banks (what official figures count)"),
            new Column("children_parents_abroad", "sum(children_one_parent_abroad + children_both_parents_abroad)", true, true, "children",
                    "children under 18 at home with one or both parents abroad"));

    /** Totals per period, each column's values in period order. */
    public record Table(Period period, List<String> periods, Map<String, double[]> columns) {
        public double[] column(String name) {
            return columns.get(name);
        }
    }

    private RunSeries() {
    }

    private static Column abroadIn(String state, String label) {
        return new Column("abroad_" + state.replace('-', '_'), "sum(abroad) FILTER (WHERE legal_status = '" + state + "')", false, true,
                "people", "migrants abroad: " + label);
    }

    /**
     * The columns this version writes that a run's tables lack: empty for a run of this version, the new
     * measures' names for a run written by an earlier one (stored runs outlive an upgrade).
     */
    public static List<String> missingColumns(Path run) throws IOException {
        List<String> missing = new ArrayList<>();
        missing.addAll(missingFrom(run.resolve(RunWriter.SERIES), CsvTables.SERIES_HEADER));
        missing.addAll(missingFrom(run.resolve(RunWriter.HOUSEHOLDS), CsvTables.HOUSEHOLDS_HEADER));
        return missing;
    }

    private static List<String> missingFrom(Path csv, String currentHeader) throws IOException {
        String header;
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            header = r.readLine();
        }
        Set<String> has = header == null ? Set.of() : Set.of(header.split(","));
        return Arrays.stream(currentHeader.split(",")).filter(c -> !has.contains(c)).toList();
    }

    /** The run's totals; {@code origin} empty for all three origins together. */
    public static Table query(Path run, Period period, Optional<Origin> origin) throws SQLException {
        String where = origin.map(o -> " WHERE origin = '" + o.name() + "'").orElse(""); // an enum's name, never the request's text
        String monthly = "WITH s AS (SELECT month, " + select(false) + " FROM " + table(run.resolve(RunWriter.SERIES)) + where + " GROUP BY month),"
                + " h AS (SELECT month, " + select(true) + " FROM " + table(run.resolve(RunWriter.HOUSEHOLDS)) + where + " GROUP BY month),"
                + " m AS (SELECT * FROM s JOIN h USING (month))";
        String sql = period == Period.MONTH
                ? monthly + " SELECT month, " + COLUMNS.stream().map(Column::name).collect(Collectors.joining(", ")) + " FROM m ORDER BY month"
                : monthly + " SELECT substr(month, 1, 4) AS year, " + COLUMNS.stream()
                        .map(c -> (c.stock() ? "avg(" : "sum(") + c.name() + ")").collect(Collectors.joining(", ")) + " FROM m GROUP BY 1 ORDER BY 1";
        List<String> periods = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                periods.add(r.getString(1));
                double[] row = new double[COLUMNS.size()];
                for (int k = 0; k < row.length; k++) {
                    row[k] = r.getDouble(2 + k);
                }
                rows.add(row);
            }
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int k = 0; k < COLUMNS.size(); k++) {
            double[] values = new double[rows.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rows.get(i)[k];
            }
            columns.put(COLUMNS.get(k).name(), values);
        }
        return new Table(period, List.copyOf(periods), columns);
    }

    private static String select(boolean households) {
        return COLUMNS.stream().filter(c -> c.households() == households).map(c -> c.sql() + " AS " + c.name()).collect(Collectors.joining(", "));
    }

    private static String table(Path csv) {
        return "read_csv(" + Parquet.literal(csv) + ", header = true, types = {'month': 'VARCHAR'})";
    }
}
