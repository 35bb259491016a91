package org.corridor.evidence.outputs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.corridor.evidence.observation.Period;
import org.corridor.sim.yaml.InputError;

/**
 * A directory written by {@code corridor ensemble}, as far as validation needs it: the spec in its
 * manifest and where the replicas' tables are. Validation holds the sources to one arm: the baseline
 * when the ensemble ran one beside its scenario (the calibrated world the targets were fitted in),
 * otherwise the scenario itself.
 *
 * @param baseline the baseline's name, or null when the ensemble ran the scenario alone
 * @param seeds the replicas per draw, with seeds {@code seed}, {@code seed + 1}, ...
 * @param draws the parameter draws (0: the parameters held at their values)
 */
public record EnsembleDirectory(Path dir, String scenario, String baseline, int seeds, int draws, long seed, double scale,
                                YearMonth from, YearMonth to) {
    public static final String MANIFEST = "manifest.json";
    public static final String SERIES = "replicas/series.parquet";
    public static final String HOUSEHOLDS = "replicas/households.parquet";

    /** Reads the manifest and checks that the replicas' tables are there; nothing of the tables is read yet. */
    public static EnsembleDirectory open(Path dir) throws IOException {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no manifest (not a directory written by corridor ensemble)");
        }
        JsonNode m;
        try {
            m = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InputError(file.toString(), 0, "", "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        String kind = m.path("kind").asText("");
        if (!kind.equals("ensemble")) {
            throw new InputError(file.toString(), 0, "kind", kind.isEmpty()
                    ? "missing: not written by corridor ensemble (a run of corridor simulate is validated with --run)"
                    : "'" + kind + "', not ensemble");
        }
        JsonNode spec = m.path("spec");
        String baseline = spec.path("baseline").isTextual() ? spec.get("baseline").asText() : null;
        EnsembleDirectory d = new EnsembleDirectory(dir, text(file, spec, "scenario"), baseline, spec.path("replicas").asInt(),
                spec.path("parameter_draws").asInt(), spec.path("seed").asLong(), spec.path("scale").asDouble(), month(file, spec, "from"),
                month(file, spec, "to"));
        for (Path table : new Path[] {d.series(), d.households()}) {
            if (!Files.isRegularFile(table)) {
                throw new NoSuchFileException(table.toString(), null, "missing: the ensemble's replica tables are not all there");
            }
        }
        return d;
    }

    /** The arm validated, as the replica tables' {@code arm} column names it. */
    public String arm() {
        return baseline == null ? "scenario" : "baseline";
    }

    /** How many replicas each arm ran: every seed with every draw. */
    public int runsPerArm() {
        return seeds * Math.max(draws, 1);
    }

    /** The scenario the arm validated ran. */
    public String armScenario() {
        return baseline == null ? scenario : baseline;
    }

    public Path series() {
        return dir.resolve(SERIES);
    }

    public Path households() {
        return dir.resolve(HOUSEHOLDS);
    }

    /** Whether the ensemble reports every month of the years given (the targets' years, say). */
    public boolean covers(Period years) {
        return !from.isAfter(YearMonth.of(years.first(), 1)) && !to.isBefore(YearMonth.of(years.last(), 12));
    }

    /** An empty set of replica tables for this ensemble's period, for the reader of the Parquet files to fill. */
    public ReplicaTables emptyTables() {
        return new ReplicaTables(series(), households(), from.getYear(), to.getYear());
    }

    private static String text(Path file, JsonNode spec, String field) {
        if (!spec.path(field).isTextual()) {
            throw new InputError(file.toString(), 0, "spec." + field, "missing");
        }
        return spec.get(field).asText();
    }

    private static YearMonth month(Path file, JsonNode spec, String field) {
        String text = text(file, spec, field);
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputError(file.toString(), 0, "spec." + field, "not a month YYYY-MM: '" + text + "'");
        }
    }
}
