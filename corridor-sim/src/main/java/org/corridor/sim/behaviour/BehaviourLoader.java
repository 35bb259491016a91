package org.corridor.sim.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corridor.sim.yaml.LocatedYaml;

/**
 * Reads the behaviour parameters from {@code corridor/sim/behaviour.yaml}: a mapping from id to
 * {description, unit, value, source, status, note}. Each value is a number, a list, or a mapping
 * {TJ, KG, UZ}. Errors name the file, line and field.
 */
public final class BehaviourLoader {
    public static final String RESOURCE = "corridor/sim/behaviour.yaml";
    private static final Set<String> KEYS = Set.of("description", "unit", "value", "source", "status", "note");

    private BehaviourLoader() {
    }

    public static Behaviour embedded() {
        return parse(LocatedYaml.resource(RESOURCE));
    }

    static Behaviour parse(LocatedYaml yaml) {
        List<BehaviourParameter> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = yaml.root().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            all.add(parameter(yaml, e.getKey(), e.getValue()));
        }
        return new Behaviour(all);
    }

    private static BehaviourParameter parameter(LocatedYaml yaml, String id, JsonNode node) {
        String at = "/" + id;
        for (Iterator<String> k = node.fieldNames(); k.hasNext(); ) {
            String key = k.next();
            if (!KEYS.contains(key)) {
                throw yaml.error(at + "/" + key, "unknown key (allowed: " + KEYS + ")");
            }
        }
        String source = node.path("source").asText("");
        String statusText = node.path("status").asText("");
        BehaviourParameter.Status status;
        try {
            status = BehaviourParameter.Status.valueOf(statusText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw yaml.error(at + "/status", "expected sourced, assumption or calibrated, got '" + statusText + "'");
        }
        if (source.isBlank()) {
            throw yaml.error(at + "/source", "missing");
        }
        if (status != BehaviourParameter.Status.SOURCED && node.path("note").asText("").isBlank()) {
            throw yaml.error(at + "/note", "an assumption or calibration must say why or against what");
        }
        return new BehaviourParameter(id, node.path("description").asText(""), node.path("unit").asText(""),
                values(yaml, at + "/value", node.get("value")), source, status, node.path("note").asText(""));
    }

    private static List<Double> values(LocatedYaml yaml, String at, JsonNode value) {
        List<Double> values = new ArrayList<>();
        if (value == null) {
            throw yaml.error(at, "missing");
        }
        if (value.isNumber()) {
            values.add(value.doubleValue());
        } else if (value.isArray()) {
            for (int k = 0; k < value.size(); k++) {
                if (!value.get(k).isNumber()) {
                    throw yaml.error(at + "/" + k, "expected a number, got '" + value.get(k).asText() + "'");
                }
                values.add(value.get(k).doubleValue());
            }
        } else if (value.isObject()) {
            if (value.size() != 3) {
                throw yaml.error(at, "expected exactly TJ, KG and UZ");
            }
            for (String origin : new String[] {"TJ", "KG", "UZ"}) {
                if (!value.path(origin).isNumber()) {
                    throw yaml.error(at + "/" + origin, "expected a number");
                }
                values.add(value.get(origin).doubleValue());
            }
        } else {
            throw yaml.error(at, "expected a number, a list, or {TJ, KG, UZ}");
        }
        return values;
    }
}
