package org.corridor.sim.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the behaviour parameters from {@code corridor/sim/behaviour.yaml}: a mapping from id to
 * {description, unit, value, source, status, note}. Each value is a number, a list, or a mapping
 * {TJ, KG, UZ}.
 */
public final class BehaviourLoader {
    public static final String RESOURCE = "corridor/sim/behaviour.yaml";
    private static final Set<String> KEYS = Set.of("description", "unit", "value", "source", "status", "note");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private BehaviourLoader() {
    }

    public static Behaviour embedded() {
        try (InputStream in = BehaviourLoader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(YAML.readTree(in), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Behaviour parse(JsonNode root, String file) {
        List<BehaviourParameter> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            all.add(parameter(e.getKey(), e.getValue(), file));
        }
        return new Behaviour(all);
    }

    /** One parameter's definition; also used by scenarios, which override values by id. */
    static BehaviourParameter parameter(String id, JsonNode node, String file) {
        for (Iterator<String> k = node.fieldNames(); k.hasNext(); ) {
            String key = k.next();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(file + ": " + id + "." + key + ": unknown key (allowed: " + KEYS + ")");
            }
        }
        String source = node.path("source").asText("");
        String statusText = node.path("status").asText("");
        BehaviourParameter.Status status;
        try {
            status = BehaviourParameter.Status.valueOf(statusText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + id + ".status: expected sourced, assumption or calibrated, got '" + statusText + "'");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException(file + ": " + id + ".source: missing");
        }
        if (status != BehaviourParameter.Status.SOURCED && node.path("note").asText("").isBlank()) {
            throw new IllegalArgumentException(file + ": " + id + ".note: an assumption or calibration must say why or against what");
        }
        return new BehaviourParameter(id, node.path("description").asText(""), node.path("unit").asText(""),
                values(node.get("value"), file + ": " + id + ".value"), source, status, node.path("note").asText(""));
    }

    static List<Double> values(JsonNode value, String where) {
        List<Double> values = new ArrayList<>();
        if (value == null) {
            throw new IllegalArgumentException(where + ": missing");
        }
        if (value.isNumber()) {
            values.add(value.doubleValue());
        } else if (value.isArray()) {
            value.forEach(v -> {
                if (!v.isNumber()) {
                    throw new IllegalArgumentException(where + ": expected numbers, got " + v);
                }
                values.add(v.doubleValue());
            });
        } else if (value.isObject()) {
            for (String origin : new String[] {"TJ", "KG", "UZ"}) {
                if (!value.path(origin).isNumber()) {
                    throw new IllegalArgumentException(where + "." + origin + ": expected a number");
                }
                values.add(value.get(origin).doubleValue());
            }
            if (value.size() != 3) {
                throw new IllegalArgumentException(where + ": expected exactly TJ, KG and UZ");
            }
        } else {
            throw new IllegalArgumentException(where + ": expected a number, a list, or {TJ, KG, UZ}");
        }
        return values;
    }
}
