package org.corridor.app.ensemble;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.corridor.app.Version;
import org.corridor.app.simulate.OutputDirectory;
import org.corridor.app.simulate.Parquet;
import org.corridor.sim.output.CsvTables;
import org.corridor.sim.scenario.ScenarioText;
import org.corridor.spark.ensemble.EnsemblePlan;
import org.corridor.spark.ensemble.EnsembleSpec;
import org.corridor.spark.ensemble.EnsembleSummary;
import org.corridor.spark.ensemble.ReplicaOutput;
import org.corridor.spark.uncertainty.Factor;

/**
 * Writes an ensemble's directory, all at once or not at all ({@link OutputDirectory}):
 * <ul>
 * <li>{@code summary.parquet}: every series cell's mean, median and 5/25/75/95% quantiles over the
 *     replicas, for the scenario, the baseline and their difference ({@link EnsembleSummary#HEADER});</li>
 * <li>{@code replicas/series.parquet} and {@code replicas/households.parquet}: every replica's tables
 *     (the columns of {@code corridor simulate}'s), keyed by arm, replica, seed and draw;</li>
 * <li>{@code replicas.csv}: each replica's key, parameter hash and time; {@code factors.csv} and
 *     {@code draws.csv}: the parameters drawn, their bounds, and each draw's value of each;</li>
 * <li>{@code manifest.json}: the spec, the engine, the inputs' fingerprints and the summary's SHA-256.</li>
 * </ul>
 */
public final class EnsembleWriter {
    public static final String MANIFEST = "manifest.json";
    public static final String SUMMARY = "summary.parquet";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EnsembleWriter() {
    }

    public static void write(Path destination, EnsemblePlan plan, List<ReplicaOutput> outputs, EnsembleSummary summary, String engine,
                             double wallSeconds) throws IOException {
        EnsembleSpec spec = plan.spec();
        try (OutputDirectory out = OutputDirectory.open(destination);
             Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = db.createStatement()) {
            sql.execute("SET threads = 1"); // one writer thread: the same bytes on every machine
            Path summaryCsv = out.path("summary.csv");
            try (Writer w = writer(summaryCsv)) {
                summary.writeCsv(w);
            }
            String summarySha = sha256(summaryCsv);
            copyToParquet(sql, "SELECT * FROM read_csv(" + Parquet.literal(summaryCsv) + ", header = true, all_varchar = false)",
                    out.path(SUMMARY));
            Files.delete(summaryCsv);
            Files.createDirectory(out.path("replicas"));
            writeReplicaTables(sql, out, outputs, spec.scale());
            writeReplicaIndex(out.path("replicas.csv"), outputs);
            writeFactors(out.path("factors.csv"), out.path("draws.csv"), plan);
            JSON.writeValue(out.path(MANIFEST).toFile(), manifest(plan, outputs, engine, wallSeconds, summarySha));
            out.commit();
        } catch (SQLException e) {
            throw new IOException("DuckDB could not write Parquet: " + e.getMessage(), e);
        }
    }

    private static void writeReplicaTables(Statement sql, OutputDirectory out, List<ReplicaOutput> outputs, double scale)
            throws IOException, SQLException {
        Path csv = out.path("replica.csv");
        boolean first = true;
        for (ReplicaOutput o : outputs) {
            String key = "'" + o.key().arm().key() + "' AS arm, " + o.key().replica() + " AS replica, " + o.key().seed() + " AS seed, "
                    + o.key().draw() + " AS draw, ";
            for (String table : new String[] {"series", "households"}) {
                try (Writer w = writer(csv)) {
                    if (table.equals("series")) {
                        CsvTables.writeSeries(w, o.monthList(), o.tallies(), scale);
                    } else {
                        CsvTables.writeHouseholds(w, o.monthList(), o.tallies(), scale);
                    }
                }
                String select = "SELECT " + key + "* FROM read_csv(" + Parquet.literal(csv) + ", header = true, types = {'month': 'VARCHAR'})";
                sql.execute(first ? "CREATE TABLE " + table + " AS " + select : "INSERT INTO " + table + " " + select);
            }
            first = false;
        }
        Files.deleteIfExists(csv);
        for (String table : new String[] {"series", "households"}) {
            copyToParquet(sql, "SELECT * FROM " + table + " ORDER BY arm, replica, month", out.path("replicas").resolve(table + ".parquet"));
            sql.execute("DROP TABLE " + table);
        }
    }

    private static void copyToParquet(Statement sql, String select, Path parquet) throws SQLException {
        sql.execute("COPY (" + select + ") TO " + Parquet.literal(parquet) + " (FORMAT parquet, COMPRESSION zstd)");
    }

    private static void writeReplicaIndex(Path file, List<ReplicaOutput> outputs) throws IOException {
        try (Writer w = writer(file)) {
            w.write("arm,replica,seed,draw,parameter_hash,agent_months,wall_seconds\n");
            for (ReplicaOutput o : outputs) {
                w.write(String.format(Locale.ROOT, "%s,%d,%d,%d,%s,%d,%.2f%n", o.key().arm().key(), o.key().replica(), o.key().seed(),
                        o.key().draw(), o.parameterHash(), o.agentMonths(), o.wallSeconds()));
            }
        }
    }

    private static void writeFactors(Path factorsFile, Path drawsFile, EnsemblePlan plan) throws IOException {
        List<Factor> factors = plan.factors();
        try (Writer w = writer(factorsFile)) {
            w.write("factor,parameter,element,low,high,basis\n");
            for (Factor f : factors) {
                w.write(String.format(Locale.ROOT, "%s,%s,%d,%s,%s,%s%n", quote(f.name()), f.parameter(), f.element(), f.low(), f.high(),
                        f.basis().name().toLowerCase(Locale.ROOT).replace('_', '-')));
            }
        }
        try (Writer w = writer(drawsFile)) {
            w.write("draw,factor,u,value\n");
            for (int d = 0; d < plan.points().length; d++) {
                for (int f = 0; f < factors.size(); f++) {
                    double u = plan.points()[d][f];
                    w.write(String.format(Locale.ROOT, "%d,%s,%.6f,%s%n", d + 1, quote(factors.get(f).name()), u, factors.get(f).at(u)));
                }
            }
        }
    }

    private static ObjectNode manifest(EnsemblePlan plan, List<ReplicaOutput> outputs, String engine, double wallSeconds, String summarySha) {
        EnsembleSpec spec = plan.spec();
        ObjectNode m = JSON.createObjectNode();
        m.put("kind", "ensemble");
        m.put("version", new Version().getVersion()[0]);
        ObjectNode s = m.putObject("spec");
        s.put("scenario", plan.scenario().name());
        s.put("scenario_file", spec.scenario().file());
        s.put("baseline", plan.baseline() == null ? null : plan.baseline().name());
        s.put("replicas", spec.seeds());
        s.put("parameter_draws", spec.draws());
        s.put("runs_per_arm", spec.replicas());
        s.put("seed", spec.seed());
        s.put("draw_seed", spec.drawSeed());
        s.put("scale", spec.scale());
        s.put("from", spec.from().toString());
        s.put("to", spec.to().toString());
        s.put("burn_in_months", spec.burnInMonths());
        s.put("threads_per_replica", spec.threadsPerReplica());
        ArrayNode levers = s.putArray("levers_held");
        plan.levers().forEach(levers::add);
        s.put("factors", plan.factors().size());
        m.put("engine", engine);
        m.put("wall_seconds", Math.round(wallSeconds * 10) / 10.0);
        long agentMonths = outputs.stream().mapToLong(ReplicaOutput::agentMonths).sum();
        m.put("agent_months", agentMonths);
        ObjectNode inputs = m.putObject("inputs");
        inputs.put("scenario_sha256", sha256(spec.scenario()));
        inputs.put("baseline_sha256", spec.hasBaseline() ? sha256(spec.baseline()) : null);
        inputs.put("parameter_hashes", "replicas.csv (one per replica: the law, behaviour, environment and events it ran on)");
        m.put("summary_sha256", summarySha);
        m.put("quantiles", "Hyndman and Fan type 7 over the replicas, ordered by (arm, replica); difference = scenario - baseline, replica by replica");
        m.put("note", "Counts and money are full-population estimates: agent values divided by the scale. Money is in US dollars.");
        return m;
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains(" ") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static Writer writer(Path p) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16);
    }

    private static String sha256(ScenarioText text) {
        return hex(text.text().getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(Path file) throws IOException {
        return hex(Files.readAllBytes(file));
    }

    private static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
