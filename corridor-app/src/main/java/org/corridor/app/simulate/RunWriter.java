package org.corridor.app.simulate;

import org.corridor.sim.run.RunResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.corridor.app.Version;
import org.corridor.sim.output.CsvTables;
import org.corridor.sim.world.People;

/**
 * Writes a run's directory: {@code manifest.json}, {@code series.csv}, {@code households.csv}, the
 * same tables as Parquet, and PNG charts, all at once or not at all ({@link OutputDirectory}).
 */
public final class RunWriter {
    public static final String MANIFEST = "manifest.json";
    public static final String SERIES = "series.csv";
    public static final String HOUSEHOLDS = "households.csv";
    public static final String SERIES_PARQUET = "series.parquet";
    public static final String HOUSEHOLDS_PARQUET = "households.parquet";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunWriter() {
    }

    public static void write(Path destination, RunResult run) throws IOException {
        write(destination, run, Map.of());
    }

    /** Writes the run with further entries in its manifest, such as what a web request asked for. */
    public static void write(Path destination, RunResult run, Map<String, ?> manifestEntries) throws IOException {
        try (OutputDirectory out = OutputDirectory.open(destination)) {
            double scale = run.options().scale();
            try (Writer w = writer(out.path(SERIES))) {
                CsvTables.writeSeries(w, run.months(), run.tallies(), scale);
            }
            try (Writer w = writer(out.path(HOUSEHOLDS))) {
                CsvTables.writeHouseholds(w, run.months(), run.tallies(), scale);
            }
            try {
                Parquet.fromCsv(out.path(SERIES), out.path(SERIES_PARQUET));
                Parquet.fromCsv(out.path(HOUSEHOLDS), out.path(HOUSEHOLDS_PARQUET));
            } catch (SQLException e) {
                throw new IOException("DuckDB could not write Parquet: " + e.getMessage(), e);
            }
            Path charts = Files.createDirectory(out.path("charts"));
            Charts.writeAll(charts, run.months(), run.tallies(), scale, run.scenario().name());
            ObjectNode manifest = manifest(run);
            manifestEntries.forEach((key, value) -> manifest.set(key, JSON.valueToTree(value)));
            JSON.writeValue(out.path(MANIFEST).toFile(), manifest);
            out.commit();
        }
    }

    static ObjectNode manifest(RunResult run) {
        ObjectNode m = JSON.createObjectNode();
        m.put("scenario", run.scenario().name());
        m.put("scenario_file", run.scenario().file());
        m.put("description", run.scenario().description());
        m.put("version", new Version().getVersion()[0]);
        m.put("parameter_hash", run.parameterHash());
        m.put("seed", run.options().seed());
        m.put("scale", run.options().scale());
        m.put("threads", run.options().threads());
        m.put("from", run.options().from().toString());
        m.put("to", run.options().to().toString());
        m.put("burn_in_months", run.options().burnInMonths());
        m.put("agentMonths", run.agentMonths());
        m.put("wallSeconds", Math.round(run.wallSeconds() * 100) / 100.0);
        m.put("build_seconds", Math.round(run.buildSeconds() * 100) / 100.0);
        m.put("agent_months_per_second", Math.round(run.agentMonths() / Math.max(run.wallSeconds(), 1e-9)));
        m.put("people", run.people());
        m.put("households", run.households());
        m.put("bytes_of_state_per_person", People.BYTES_PER_PERSON);
        m.put("peak_heap_bytes", run.peakHeapBytes());
        m.put("note", "Counts and money are full-population estimates: agent values divided by the scale. Money is in US dollars.");
        ObjectNode files = m.putObject("files");
        files.put(SERIES, "month x origin x destination x sex x legal status");
        files.put(HOUSEHOLDS, "month x origin");
        files.put(SERIES_PARQUET, "series.csv as Parquet");
        files.put(HOUSEHOLDS_PARQUET, "households.csv as Parquet");
        files.put("charts/", "PNG charts");
        return m;
    }

    private static Writer writer(Path p) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16);
    }
}
