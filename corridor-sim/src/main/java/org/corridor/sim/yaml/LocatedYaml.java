package org.corridor.sim.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document read as a tree, with the line of every value, so that a message about a bad field
 * can name the file, the line and the field. The lines come from a streaming pass over the same
 * text, keyed by JSON pointer.
 */
public final class LocatedYaml {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedYaml(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /** Parses {@code text}; malformed YAML is an {@link InputError} at the line the parser stopped. */
    public static LocatedYaml parse(String file, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isScalarValue() || token.isStructStart()) {
                    JsonPointer pointer = parser.getParsingContext().pathAsPointer();
                    lines.putIfAbsent(pointer.toString(), parser.currentTokenLocation().getLineNr());
                }
            }
            JsonNode root = MAPPER.readTree(text);
            return new LocatedYaml(file, root == null ? MAPPER.createObjectNode() : root, lines);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputError(file, line, "", "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputError(file, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    /** Parses a file bundled on the classpath; a missing one is a broken build, not bad input. */
    public static LocatedYaml resource(String name) {
        return parse(name, resourceText(name));
    }

    /** The text of a file bundled on the classpath. */
    public static String resourceText(String name) {
        try (java.io.InputStream in = LocatedYaml.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** The line of the value at a JSON pointer such as {@code /law/0/parameter}, or of its nearest parent. */
    public int line(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
        }
    }

    /** An error about the field at {@code pointer}, named as a dotted path. */
    public InputError error(String pointer, String message) {
        return new InputError(file, line(pointer), field(root, pointer), message);
    }

    /** {@code /law/0/parameter} as {@code law[0].parameter}: list positions in brackets, mapping keys after dots. */
    static String field(JsonNode root, String pointer) {
        StringBuilder out = new StringBuilder();
        JsonNode node = root;
        for (String raw : pointer.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String part = raw.replace("~1", "/").replace("~0", "~");
            if (node != null && node.isArray()) {
                out.append('[').append(part).append(']');
                node = part.chars().allMatch(Character::isDigit) ? node.get(Integer.parseInt(part)) : null;
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(part);
                node = node == null ? null : node.get(part);
            }
        }
        return out.toString();
    }
}
