package org.corridor.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.corridor.law.parameter.Law;
import org.corridor.law.parameter.LawLoader;
import org.corridor.law.parameter.Parameter;
import org.corridor.law.place.Country;
import org.corridor.law.reform.Reform;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.behaviour.BehaviourParameter;
import org.corridor.sim.engine.BanAmnesty;
import org.corridor.sim.environment.Environment;
import org.corridor.sim.yaml.InputError;
import org.corridor.sim.yaml.LocatedYaml;

/**
 * Reads scenarios: by name from those bundled under {@code corridor/sim/scenarios/}, or from a file.
 * A scenario file has this form (every section optional but {@code name} and {@code period}):
 *
 * <pre>
 * name: patent-price-double
 * description: "..."
 * extends: baseline            # start from another bundled scenario's changes
 * period: {from: 2005-01, to: 2025-12}
 * law:                         # reforms of law parameters, applied in order
 *   - {parameter: ru.work.monthly_fee, from: 2015-01-01, multiply: 2, note: "..."}
 *   - {parameter: ru.work.apply_within, from: 2015-01-01, set: "90 days"}
 *   - {parameter: ru.work.authorisation.kg, from: 2015-08-12, revoke: true}
 * behaviour:                   # behaviour parameters replaced for the whole run
 *   legal.passport_abroad: 0.3
 * environment:                 # series changed from a month on
 *   - {series: fx.RUB, from: 2014-07, set: 38.42}
 * events:
 *   - {month: 2018-01, ban_amnesty: RU}
 * </pre>
 *
 * Every error names the file, the line and the field.
 */
public final class ScenarioLoader {
    public static final String FOLDER = "corridor/sim/scenarios/";
    /** The scenarios shipped with Corridor, by name. */
    public static final List<String> BUNDLED = List.of("baseline", "patent-price-double", "no-ban-database", "ban-amnesty-2018",
            "kyrgyzstan-outside-eaeu", "registration-appointments", "longer-legalisation-window", "legal-literacy-campaign",
            "remittance-trust-fund-2pct", "passports-at-embassy", "no-rouble-devaluation", "no-2025-reforms");

    private static final Set<String> KEYS = Set.of("name", "description", "extends", "period", "law", "behaviour", "environment", "events",
            "calibration");
    /** What {@code corridor calibrate} writes; only {@code parameters} changes the run (it marks values as fitted). */
    private static final Set<String> CALIBRATION_KEYS = Set.of("date", "method", "objective", "parameters", "targets", "held_back");
    private static final Set<String> LAW_KEYS = Set.of("parameter", "from", "set", "multiply", "revoke", "note");
    private static final Set<String> ENVIRONMENT_KEYS = Set.of("series", "from", "set", "multiply", "note");
    private static final Set<String> EVENT_KEYS = Set.of("month", "ban_amnesty", "note");
    /** Reading a scenario is not a way to read any file: a scenario is small. */
    static final long MAX_BYTES = 256 * 1024;

    private final Law law;
    private final Behaviour behaviour;

    public ScenarioLoader(Law law, Behaviour behaviour) {
        this.law = law;
        this.behaviour = behaviour;
    }

    /** A bundled scenario by name, or a scenario file by path. */
    public Scenario load(String nameOrFile) {
        return parse(read(nameOrFile));
    }

    /** The scenario as text, with the name errors give for it: a bundled one's resource, or the file. */
    public static ScenarioText read(String nameOrFile) {
        if (BUNDLED.contains(nameOrFile)) {
            return new ScenarioText(FOLDER + nameOrFile + ".yaml", LocatedYaml.resourceText(FOLDER + nameOrFile + ".yaml"));
        }
        Path path = Path.of(nameOrFile);
        if (!Files.isRegularFile(path)) {
            throw new InputError(nameOrFile, 0, "", "no such scenario: neither a bundled name (" + String.join(", ", BUNDLED) + ") nor a file");
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InputError(nameOrFile, 0, "", "too large for a scenario (over " + MAX_BYTES / 1024 + " KB)");
            }
            return new ScenarioText(nameOrFile, Files.readString(path, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputError(nameOrFile, 0, "", "not UTF-8 text");
        } catch (IOException e) {
            throw new InputError(nameOrFile, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    /** Parses a scenario read earlier (perhaps on another machine: an ensemble's replicas parse the driver's text). */
    public Scenario parse(ScenarioText text) {
        return parse(LocatedYaml.parse(text.file(), text.text()));
    }

    public Scenario bundled(String name) {
        return parse(LocatedYaml.resource(FOLDER + name + ".yaml"));
    }

    Scenario parse(LocatedYaml yaml) {
        JsonNode root = yaml.root();
        if (!root.isObject()) {
            throw yaml.error("", "expected a mapping with name, period and changes");
        }
        rejectUnknown(yaml, "", root, KEYS);
        String name = text(yaml, "/name", root.get("name"));
        if (!name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw yaml.error("/name", "expected lower-case letters, digits and hyphens (at most 64), got '" + name + "'");
        }
        JsonNode period = root.path("period");
        if (!period.isObject()) {
            throw yaml.error("/period", "expected {from: YYYY-MM, to: YYYY-MM}");
        }
        rejectUnknown(yaml, "/period", period, Set.of("from", "to"));
        YearMonth from = month(yaml, "/period/from", period.get("from"));
        YearMonth to = month(yaml, "/period/to", period.get("to"));
        if (to.isBefore(from)) {
            throw yaml.error("/period/to", "ends before it starts (" + from + ")");
        }
        List<Reform> reforms = new ArrayList<>();
        Map<String, List<Double>> behaviourValues = new LinkedHashMap<>();
        List<Scenario.EnvironmentChange> environment = new ArrayList<>();
        List<BanAmnesty> amnesties = new ArrayList<>();
        Set<String> calibrated = new LinkedHashSet<>();
        if (root.has("extends")) {
            String parent = text(yaml, "/extends", root.get("extends"));
            if (!BUNDLED.contains(parent) || parent.equals(name)) {
                throw yaml.error("/extends", "expected a bundled scenario other than this one (" + String.join(", ", BUNDLED) + "), got '" + parent + "'");
            }
            Scenario base = bundled(parent);
            reforms.addAll(base.law());
            behaviourValues.putAll(base.behaviour());
            environment.addAll(base.environment());
            amnesties.addAll(base.amnesties());
            calibrated.addAll(base.calibrated());
        }
        JsonNode lawNode = list(yaml, "/law", root.path("law"));
        for (int k = 0; k < lawNode.size(); k++) {
            reforms.add(reform(yaml, "/law/" + k, lawNode.get(k), from, to, name));
        }
        JsonNode behaviourNode = root.path("behaviour");
        if (!behaviourNode.isMissingNode() && !behaviourNode.isObject()) {
            throw yaml.error("/behaviour", "expected a mapping from parameter id to value");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = behaviourNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            behaviourValues.put(e.getKey(), behaviourValue(yaml, "/behaviour/" + e.getKey(), e.getKey(), e.getValue()));
        }
        JsonNode envNode = list(yaml, "/environment", root.path("environment"));
        for (int k = 0; k < envNode.size(); k++) {
            environment.add(environmentChange(yaml, "/environment/" + k, envNode.get(k), from, to));
        }
        JsonNode events = list(yaml, "/events", root.path("events"));
        for (int k = 0; k < events.size(); k++) {
            amnesties.add(event(yaml, "/events/" + k, events.get(k), from, to));
        }
        calibrated.removeAll(behaviourNode.isObject() ? iterable(behaviourNode.fieldNames()) : Set.of());
        calibrated.addAll(calibrated(yaml, root.path("calibration"), behaviourValues.keySet()));
        return new Scenario(name, root.path("description").asText(""), yaml.file(), from, to, reforms, behaviourValues, environment, amnesties,
                calibrated);
    }

    /** The ids a calibration block says were fitted; each must be among the scenario's behaviour values. */
    private static Set<String> calibrated(LocatedYaml yaml, JsonNode node, Set<String> behaviourIds) {
        if (node.isMissingNode()) {
            return Set.of();
        }
        if (!node.isObject()) {
            throw yaml.error("/calibration", "expected a mapping with date, method, objective, parameters and targets");
        }
        rejectUnknown(yaml, "/calibration", node, CALIBRATION_KEYS);
        JsonNode ids = list(yaml, "/calibration/parameters", node.path("parameters"));
        Set<String> fitted = new LinkedHashSet<>();
        for (int k = 0; k < ids.size(); k++) {
            String id = text(yaml, "/calibration/parameters/" + k, ids.get(k));
            if (!behaviourIds.contains(id)) {
                throw yaml.error("/calibration/parameters/" + k, "'" + id + "' has no value under behaviour");
            }
            fitted.add(id);
        }
        return fitted;
    }

    private static Set<String> iterable(Iterator<String> names) {
        Set<String> set = new LinkedHashSet<>();
        names.forEachRemaining(set::add);
        return set;
    }

    private Reform reform(LocatedYaml yaml, String at, JsonNode node, YearMonth from, YearMonth to, String scenario) {
        if (!node.isObject()) {
            throw yaml.error(at, "expected {parameter, from, and one of set, multiply or revoke}");
        }
        rejectUnknown(yaml, at, node, LAW_KEYS);
        String id = text(yaml, at + "/parameter", node.get("parameter"));
        Parameter parameter = law.parameter(id).orElseThrow(() -> yaml.error(at + "/parameter", "the law has no parameter '" + id + "'"
                + suggestion(id, law.parameters().stream().map(Parameter::id).toList())));
        LocalDate day = date(yaml, at + "/from", node.get("from"));
        if (YearMonth.from(day).isBefore(from) || YearMonth.from(day).isAfter(to)) {
            throw yaml.error(at + "/from", day + " is outside the scenario's period " + from + " to " + to);
        }
        int changes = (node.has("set") ? 1 : 0) + (node.has("multiply") ? 1 : 0) + (node.has("revoke") ? 1 : 0);
        if (changes != 1) {
            throw yaml.error(at, "expected exactly one of set, multiply or revoke");
        }
        String reason = scenario + (node.has("note") ? ": " + node.get("note").asText() : "");
        if (node.has("multiply")) {
            JsonNode f = node.get("multiply");
            if (!f.isNumber() || f.doubleValue() < 0) {
                throw yaml.error(at + "/multiply", "expected a number of at least 0, got '" + f.asText() + "'");
            }
            Reform.Change change = new Reform.Multiply(f.doubleValue());
            Reform reform = new Reform(id, day, change, reason);
            try {
                org.corridor.law.reform.Reforms.apply(new Law(List.of(parameter)), List.of(reform));
            } catch (IllegalArgumentException e) {
                throw yaml.error(at + "/multiply", e.getMessage());
            }
            return reform;
        }
        if (node.has("revoke")) {
            if (!node.get("revoke").isBoolean() || !node.get("revoke").booleanValue()) {
                throw yaml.error(at + "/revoke", "expected true");
            }
            return new Reform(id, day, new Reform.Revoke(), reason);
        }
        try {
            return new Reform(id, day, new Reform.Set(LawLoader.readValue(parameter.unit(), node.get("set"))), reason);
        } catch (RuntimeException e) {
            throw yaml.error(at + "/set", "not a value of unit " + parameter.unit().key() + ": " + e.getMessage());
        }
    }

    private List<Double> behaviourValue(LocatedYaml yaml, String at, String id, JsonNode value) {
        if (!behaviour.has(id)) {
            throw yaml.error(at, "no behaviour parameter '" + id + "'"
                    + suggestion(id, behaviour.parameters().stream().map(p -> p.id()).toList()));
        }
        int expected = behaviour.parameter(id).values().size();
        List<Double> values = new ArrayList<>();
        if (value.isNumber() && expected == 1) {
            values.add(value.doubleValue());
        } else if (value.isArray() && value.size() == expected) {
            for (int k = 0; k < value.size(); k++) {
                if (!value.get(k).isNumber()) {
                    throw yaml.error(at + "/" + k, "expected a number, got '" + value.get(k).asText() + "'");
                }
                values.add(value.get(k).doubleValue());
            }
        } else if (value.isObject() && expected == 3) {
            rejectUnknown(yaml, at, value, Set.of("TJ", "KG", "UZ"));
            for (String origin : new String[] {"TJ", "KG", "UZ"}) {
                if (!value.path(origin).isNumber()) {
                    throw yaml.error(at + "/" + origin, "expected a number");
                }
                values.add(value.get(origin).doubleValue());
            }
        } else {
            throw yaml.error(at, expected == 1 ? "expected a number" : "expected a list of " + expected + " numbers"
                    + (expected == 3 ? " or {TJ, KG, UZ}" : ""));
        }
        boolean signed = behaviour.parameter(id).signed();
        BehaviourParameter.Allowed allowed = behaviour.parameter(id).allowed();
        for (double v : values) {
            if (!Double.isFinite(v) || (v < 0 && !signed)) {
                throw yaml.error(at, signed ? "expected finite numbers" : "expected finite numbers of at least 0");
            }
            if (!allowed.admits(v)) {
                throw yaml.error(at, v + " is outside the values " + id + " can take (" + allowed + ")");
            }
        }
        return values;
    }

    private static Scenario.EnvironmentChange environmentChange(LocatedYaml yaml, String at, JsonNode node, YearMonth from, YearMonth to) {
        if (!node.isObject()) {
            throw yaml.error(at, "expected {series, from, and set or multiply}");
        }
        rejectUnknown(yaml, at, node, ENVIRONMENT_KEYS);
        String series = text(yaml, at + "/series", node.get("series"));
        if (!Environment.SERIES.contains(series)) {
            throw yaml.error(at + "/series", "no environment series '" + series + "'" + suggestion(series, Environment.SERIES));
        }
        YearMonth month = month(yaml, at + "/from", node.get("from"));
        if (month.isBefore(from) || month.isAfter(to)) {
            throw yaml.error(at + "/from", month + " is outside the scenario's period " + from + " to " + to);
        }
        if (node.has("set") == node.has("multiply")) {
            throw yaml.error(at, "expected exactly one of set or multiply");
        }
        String key = node.has("set") ? "set" : "multiply";
        JsonNode v = node.get(key);
        if (!v.isNumber() || v.doubleValue() < 0) {
            throw yaml.error(at + "/" + key, "expected a number of at least 0, got '" + v.asText() + "'");
        }
        return new Scenario.EnvironmentChange(series, month, key.equals("multiply") ? v.doubleValue() : null,
                key.equals("set") ? v.doubleValue() : null);
    }

    private static BanAmnesty event(LocatedYaml yaml, String at, JsonNode node, YearMonth from, YearMonth to) {
        if (!node.isObject()) {
            throw yaml.error(at, "expected {month, ban_amnesty}");
        }
        rejectUnknown(yaml, at, node, EVENT_KEYS);
        YearMonth month = month(yaml, at + "/month", node.get("month"));
        if (month.isBefore(from) || month.isAfter(to)) {
            throw yaml.error(at + "/month", month + " is outside the scenario's period " + from + " to " + to);
        }
        String country = text(yaml, at + "/ban_amnesty", node.get("ban_amnesty"));
        if (!Set.of("RU", "KZ", "TR").contains(country)) {
            throw yaml.error(at + "/ban_amnesty", "expected RU, KZ or TR, got '" + country + "'");
        }
        return new BanAmnesty(month, Country.valueOf(country));
    }

    private static JsonNode list(LocatedYaml yaml, String at, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!node.isArray()) {
            throw yaml.error(at, "expected a list");
        }
        return node;
    }

    private static void rejectUnknown(LocatedYaml yaml, String at, JsonNode node, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw yaml.error(at + "/" + key, "unknown key (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String text(LocatedYaml yaml, String at, JsonNode node) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw yaml.error(at, node == null ? "missing" : "expected text, got '" + node.asText() + "'");
        }
        return node.asText();
    }

    private static YearMonth month(LocatedYaml yaml, String at, JsonNode node) {
        String text = node == null ? null : node.asText();
        if (text == null || !text.matches("\\d{4}-\\d{2}")) {
            throw yaml.error(at, node == null ? "missing (expected YYYY-MM)" : "expected a month YYYY-MM, got '" + text + "'");
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw yaml.error(at, "no such month: '" + text + "'");
        }
    }

    private static LocalDate date(LocatedYaml yaml, String at, JsonNode node) {
        String text = node == null ? null : node.asText();
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw yaml.error(at, node == null ? "missing (expected YYYY-MM-DD)" : "expected a date YYYY-MM-DD, got '" + text + "'");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw yaml.error(at, "no such date: '" + text + "'");
        }
    }

    /** "; did you mean 'x'?" for the known id nearest the one given, if one is near. */
    static String suggestion(String given, List<String> known) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance.apply(given, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, given.length() / 4) ? "; did you mean '" + best + "'?" : "";
    }
}
