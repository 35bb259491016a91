package org.corridor.sim.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.corridor.sim.yaml.LocatedYaml;

/**
 * Reads the behaviour parameters from {@code corridor/sim/behaviour.yaml}: a mapping from id to
 * {description, unit, value, source, status, note, range}. Each value is a number, a list, or a mapping
 * {TJ, KG, UZ}. The range is {low, high, vary, basis, reason} ({@link ParameterRange}). Errors name the
 * file, line and field.
 */
public final class BehaviourLoader {
    public static final String RESOURCE = "corridor/sim/behaviour.yaml";
    private static final Set<String> KEYS = Set.of("description", "unit", "value", "source", "status", "note", "range", "allowed");
    private static final Set<String> ALLOWED_KEYS = Set.of("at_least", "at_most");
    private static final Set<String> RANGE_KEYS = Set.of("low", "high", "vary", "basis", "reason");

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
        List<Double> value = values(yaml, at + "/value", node.get("value"));
        ParameterRange range = range(yaml, at + "/range", node.get("range"), node.get("value"), value);
        BehaviourParameter.Allowed allowed = allowed(yaml, at + "/allowed", node.get("allowed"));
        for (double v : value) {
            if (!allowed.admits(v)) {
                throw yaml.error(at + "/value", v + " is outside the allowed values (" + allowed + ")");
            }
        }
        // A range that scales the value or sets an amplitude is not in the value's own terms, so only each-ranges are checked.
        List<Double> ends = range.vary() == ParameterRange.Variation.EACH
                ? Stream.concat(range.low().stream(), range.high().stream()).toList() : List.of();
        for (double v : ends) {
            if (!allowed.admits(v)) {
                throw yaml.error(at + "/range", "the range reaches " + v + ", outside the allowed values (" + allowed + ")");
            }
        }
        return new BehaviourParameter(id, node.path("description").asText(""), node.path("unit").asText(""), value, source, status,
                node.path("note").asText(""), range, node.get("value").isObject(), allowed);
    }

    private static BehaviourParameter.Allowed allowed(LocatedYaml yaml, String at, JsonNode node) {
        if (node == null) {
            return BehaviourParameter.Allowed.ANY;
        }
        if (!node.isObject()) {
            throw yaml.error(at, "expected {at_least, at_most}");
        }
        for (Iterator<String> k = node.fieldNames(); k.hasNext(); ) {
            String key = k.next();
            if (!ALLOWED_KEYS.contains(key)) {
                throw yaml.error(at + "/" + key, "unknown key (allowed: " + ALLOWED_KEYS + ")");
            }
            if (!node.get(key).isNumber()) {
                throw yaml.error(at + "/" + key, "expected a number");
            }
        }
        double least = node.has("at_least") ? node.get("at_least").doubleValue() : Double.NEGATIVE_INFINITY;
        double most = node.has("at_most") ? node.get("at_most").doubleValue() : Double.POSITIVE_INFINITY;
        if (least > most) {
            throw yaml.error(at, "at_least is above at_most");
        }
        return new BehaviourParameter.Allowed(least, most);
    }

    /** The range, checked against the value: bounds of the right shape, low <= value <= high, a reason. */
    static ParameterRange range(LocatedYaml yaml, String at, JsonNode node, JsonNode valueNode, List<Double> value) {
        if (node == null || !node.isObject()) {
            throw yaml.error(at, "missing: every parameter needs {low, high, basis, reason} (and vary for a list)");
        }
        for (Iterator<String> k = node.fieldNames(); k.hasNext(); ) {
            String key = k.next();
            if (!RANGE_KEYS.contains(key)) {
                throw yaml.error(at + "/" + key, "unknown key (allowed: " + RANGE_KEYS + ")");
            }
        }
        ParameterRange.Variation vary = choice(yaml, at + "/vary", node.path("vary").asText("each"), ParameterRange.Variation.class);
        ParameterRange.Basis basis = choice(yaml, at + "/basis", node.path("basis").asText(""), ParameterRange.Basis.class);
        String reason = node.path("reason").asText("").trim();
        if (reason.isEmpty()) {
            throw yaml.error(at + "/reason", "missing: say where the bounds come from");
        }
        List<Double> low = values(yaml, at + "/low", node.get("low"));
        List<Double> high = values(yaml, at + "/high", node.get("high"));
        if (vary == ParameterRange.Variation.EACH) {
            sameShape(yaml, at + "/low", node.get("low"), valueNode);
            sameShape(yaml, at + "/high", node.get("high"), valueNode);
            for (int k = 0; k < value.size(); k++) {
                if (low.get(k) > high.get(k)) {
                    throw yaml.error(at + "/low", "is above high (" + low.get(k) + " > " + high.get(k) + ")");
                }
                // A calibrated parameter's range is the interval its fit supports: it holds the fitted value (the
                // baseline scenario's, checked by the ensembles' tests), not necessarily the hand-set starting one.
                if (basis != ParameterRange.Basis.CALIBRATION && (value.get(k) < low.get(k) || value.get(k) > high.get(k))) {
                    throw yaml.error(at, "the value " + value.get(k) + " lies outside [" + low.get(k) + ", " + high.get(k) + "]");
                }
            }
        } else {
            if (!valueNode.isArray()) {
                throw yaml.error(at + "/vary", vary.name().toLowerCase(Locale.ROOT) + " varies a list; this value is not one");
            }
            if (low.size() != 1 || high.size() != 1) {
                throw yaml.error(at, "a " + vary.name().toLowerCase(Locale.ROOT) + " range has one number for low and one for high");
            }
            if (low.get(0) > high.get(0)) {
                throw yaml.error(at + "/low", "is above high (" + low.get(0) + " > " + high.get(0) + ")");
            }
            if (low.get(0) > 1 || high.get(0) < 1) {
                throw yaml.error(at, "the value itself (a factor of 1) lies outside [" + low.get(0) + ", " + high.get(0) + "]");
            }
        }
        ParameterRange range = new ParameterRange(low, high, vary, basis, reason);
        if (basis == ParameterRange.Basis.FIXED && range.factors() > 0) {
            throw yaml.error(at + "/basis", "fixed, but low and high differ");
        }
        if (vary == ParameterRange.Variation.AMPLITUDE && value.stream().allMatch(v -> v >= 0)) {
            for (double end : new double[] {0, 1}) {
                if (range.at(value, new double[] {end}, 0).stream().anyMatch(v -> v < -1e-12)) {
                    throw yaml.error(at + "/high", "an amplitude this large makes an element negative");
                }
            }
        }
        return range;
    }

    private static void sameShape(LocatedYaml yaml, String at, JsonNode bound, JsonNode value) {
        boolean same = bound.isNumber() && value.isNumber() || bound.isObject() && value.isObject()
                || bound.isArray() && value.isArray() && bound.size() == value.size();
        if (!same) {
            throw yaml.error(at, "expected the value's shape (a number, {TJ, KG, UZ}, or a list of " + Math.max(value.size(), 1) + ")");
        }
    }

    private static <E extends Enum<E>> E choice(LocatedYaml yaml, String at, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            throw yaml.error(at, "expected one of " + names + ", got '" + text + "'");
        }
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
