package org.corridor.sim.environment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corridor.sim.yaml.InputError;
import org.corridor.sim.yaml.LocatedYaml;

/** Reads the environment from {@code corridor/sim/environment.yaml} (see that file for its form). */
public final class EnvironmentLoader {
    public static final String RESOURCE = "corridor/sim/environment.yaml";
    private static final Set<String> KEYS = Set.of("description", "unit", "source", "points", "assumed", "note", "holds");

    private EnvironmentLoader() {
    }

    public static Environment embedded() {
        return parse(LocatedYaml.resource(RESOURCE));
    }

    static Environment parse(LocatedYaml yaml) {
        Map<String, Series> all = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = yaml.root().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String at = "/" + id;
            if (!Environment.SERIES.contains(id)) {
                throw yaml.error(at, "unknown series (known: " + Environment.SERIES + ")");
            }
            JsonNode node = e.getValue();
            for (Iterator<String> k = node.fieldNames(); k.hasNext(); ) {
                String key = k.next();
                if (!KEYS.contains(key)) {
                    throw yaml.error(at + "/" + key, "unknown key (allowed: " + KEYS + ")");
                }
            }
            if (node.path("source").asText("").isBlank()) {
                throw yaml.error(at + "/source", "missing");
            }
            TreeMap<YearMonth, Double> points = points(yaml, at + "/points", node.path("points"));
            for (Iterator<String> k = node.path("assumed").fieldNames(); k.hasNext(); ) {
                String key = k.next();
                if (!points.containsKey(month(yaml, at + "/assumed/" + key, key))) {
                    throw yaml.error(at + "/assumed/" + key, "names no point of the series");
                }
            }
            JsonNode holds = node.path("holds");
            if (!holds.isMissingNode() && !holds.isBoolean()) {
                throw yaml.error(at + "/holds", "expected true or false");
            }
            all.put(id, new Series(id, node.path("description").asText(""), node.path("unit").asText(""), node.get("source").asText(), points,
                    holds.asBoolean(false)));
        }
        try {
            return new Environment(all);
        } catch (IllegalArgumentException e) {
            throw new InputError(yaml.file(), 0, "", e.getMessage());
        }
    }

    /** A mapping from year (an annual average, placed at July) or YYYY-MM to a number. */
    public static TreeMap<YearMonth, Double> points(LocatedYaml yaml, String at, JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            throw yaml.error(at, "expected a mapping from YYYY or YYYY-MM to a number");
        }
        TreeMap<YearMonth, Double> points = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                throw yaml.error(at + "/" + e.getKey(), "expected a number, got '" + e.getValue().asText() + "'");
            }
            points.put(month(yaml, at + "/" + e.getKey(), e.getKey()), e.getValue().doubleValue());
        }
        return points;
    }

    /** {@code 2015} is July 2015 (the middle of an annual average); {@code 2015-01} is January 2015. */
    public static YearMonth month(LocatedYaml yaml, String at, String key) {
        try {
            if (key.matches("\\d{4}")) {
                return YearMonth.of(Integer.parseInt(key), 7);
            }
            return YearMonth.parse(key);
        } catch (RuntimeException e) {
            throw yaml.error(at, "expected a year (YYYY) or a month (YYYY-MM), got '" + key + "'");
        }
    }
}
