package org.corridor.law.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corridor.law.fact.Facts;
import org.corridor.law.fact.FactsInput;

/**
 * A golden case: facts in, the expected assessment out, and the sources that justify it. One YAML
 * file per case under {@code src/test/resources/golden/}; its {@code name} reads as a sentence.
 */
record GoldenCase(String file, String name, List<String> sources, Facts facts, LocalDate asOf, JsonNode expect) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static GoldenCase read(Path path) throws IOException {
        JsonNode root = YAML.readTree(path.toFile());
        List<String> sources = new ArrayList<>();
        root.path("sources").forEach(s -> sources.add(s.asText()));
        List<String> events = new ArrayList<>();
        root.path("events").forEach(e -> events.add(e.asText()));
        Facts parsed = FactsInput.parse(root.path("citizenship").asText(), root.path("destination").asText(),
                root.path("region").isMissingNode() ? null : root.path("region").asText(), events);
        Facts facts = root.has("occupation")
                ? new Facts(parsed.citizenship(), parsed.jurisdiction(), parsed.events(), root.get("occupation").asText()) : parsed;
        return new GoldenCase(path.getFileName().toString(), root.path("name").asText(), sources, facts,
                LocalDate.parse(root.path("as_of").asText()), root.path("expect"));
    }
}
