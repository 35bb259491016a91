package org.corridor.evidence.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a scenario's calibration block ({@link CalibrationBlock}) says the calibration was fitted to: the
 * targets it lists and, for a calibration held back in time, the last year of its figures and the free
 * parameters it left at the baseline's values. A report classes the figures by this record, so that a
 * figure is called a target only if the calibration that made the scenario's values fitted it.
 *
 * @param targets the observation ids of the targets, in the block's order
 * @param heldBackUntil the last year a held-back calibration's targets refer to; empty for a calibration over every year
 * @param notFitted the free parameters a held-back calibration left as they were (no target of its years informs them)
 * @param missed the targets the calibration could not bring within their tolerance ({@code within: false}), which
 *     docs/EVIDENCE.md explains
 */
public record CalibrationRecord(List<String> targets, OptionalInt heldBackUntil, List<String> notFitted, List<String> missed) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public CalibrationRecord {
        targets = List.copyOf(targets);
        notFitted = List.copyOf(notFitted);
        missed = List.copyOf(missed);
    }

    /** The record of a scenario's text, or empty when it has no calibration block. */
    public static Optional<CalibrationRecord> of(String scenarioText) {
        JsonNode root;
        try {
            root = YAML.readTree(scenarioText);
        } catch (IOException e) {
            throw new IllegalArgumentException("not YAML: " + e.getMessage(), e);
        }
        JsonNode block = root == null ? null : root.get("calibration");
        if (block == null || !block.isObject()) {
            return Optional.empty();
        }
        List<String> targets = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (JsonNode t : block.path("targets")) {
            String id = t.path("observation").asText("");
            if (!id.isEmpty()) {
                targets.add(id);
                if (t.path("within").isBoolean() && !t.path("within").asBoolean()) {
                    missed.add(id);
                }
            }
        }
        JsonNode held = block.path("held_back");
        OptionalInt until = held.path("until").canConvertToInt() ? OptionalInt.of(held.path("until").asInt()) : OptionalInt.empty();
        List<String> notFitted = new ArrayList<>();
        held.path("not_fitted").forEach(n -> notFitted.add(n.asText()));
        return Optional.of(new CalibrationRecord(targets, until, notFitted, missed));
    }
}
