package org.corridor.law.citation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridor.law.parameter.LawFileException;

/**
 * The legal acts the law's sources cite, read from {@code corridor/citation/instruments.yaml}. Immutable;
 * the embedded list is read once.
 */
public final class Instruments {
    /** The classpath file that lists the instruments. */
    public static final String FILE = "corridor/citation/instruments.yaml";

    private static final Set<String> KEYS = Set.of("id", "kind", "names", "ru", "en");
    private static final Set<String> TITLE_KEYS = Set.of("text", "source", "verified", "note");

    private final Map<String, Instrument> byId;

    public Instruments(Collection<Instrument> instruments) {
        Map<String, Instrument> m = new LinkedHashMap<>();
        for (Instrument i : instruments) {
            if (m.put(i.id(), i) != null) {
                throw new IllegalArgumentException("duplicate instrument id " + i.id());
            }
        }
        this.byId = Collections.unmodifiableMap(m);
    }

    private static final class Embedded {
        static final Instruments INSTANCE = loadClasspath();
    }

    /** The instruments bundled with Corridor. */
    public static Instruments embedded() {
        return Embedded.INSTANCE;
    }

    /** Every instrument, in the file's order. */
    public Collection<Instrument> all() {
        return byId.values();
    }

    public Optional<Instrument> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static Instruments loadClasspath() {
        try (InputStream in = Instruments.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the instruments file " + FILE + " is missing from the classpath");
            }
            return read(FILE, new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new LawFileException(FILE, "yaml", e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a list of instruments in the file's form; {@code file} names it in errors. */
    public static Instruments read(String file, JsonNode root) {
        if (root == null || !root.isArray()) {
            throw new LawFileException(file, "(file)", "expected a list of instruments");
        }
        List<Instrument> list = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            String field = "[" + i + "]";
            if (!n.isObject()) {
                throw new LawFileException(file, field, "expected a mapping with id, kind, names, ru, en");
            }
            rejectUnknown(file, field, n, KEYS);
            String id = n.path("id").asText("");
            if (id.isBlank()) {
                throw new LawFileException(file, field + ".id", "missing");
            }
            field = id;
            String kindKey = n.path("kind").asText("");
            Instrument.Kind kind = Instrument.Kind.parse(kindKey)
                    .orElseThrow(() -> new LawFileException(file, id + ".kind", "unknown kind '" + kindKey + "'"));
            JsonNode names = n.path("names");
            if (!names.isArray() || names.isEmpty()) {
                throw new LawFileException(file, field + ".names", "expected a non-empty list of the phrases that name the act");
            }
            List<String> nameList = new ArrayList<>();
            names.forEach(x -> nameList.add(x.asText()));
            try {
                list.add(new Instrument(id, kind, nameList, title(file, field + ".ru", n.get("ru")), title(file, field + ".en", n.get("en"))));
            } catch (IllegalArgumentException e) {
                throw new LawFileException(file, field, e.getMessage());
            }
        }
        try {
            return new Instruments(list);
        } catch (IllegalArgumentException e) {
            throw new LawFileException(file, "(file)", e.getMessage());
        }
    }

    /** Reads {@code {text, source, verified, note}}: the one form of a sourced title, here and in the glossaries. */
    public static Title title(String file, String field, JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new LawFileException(file, field, "expected {text, source, verified, note}");
        }
        rejectUnknown(file, field, n, TITLE_KEYS);
        if (!n.path("verified").isBoolean()) {
            throw new LawFileException(file, field + ".verified", "expected true or false");
        }
        try {
            return new Title(n.path("text").asText(""), n.path("source").asText(""), n.get("verified").booleanValue(), n.path("note").asText(""));
        } catch (IllegalArgumentException e) {
            throw new LawFileException(file, field, e.getMessage());
        }
    }

    private static void rejectUnknown(String file, String field, JsonNode n, Set<String> allowed) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new LawFileException(file, field, "unknown key '" + k + "' (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }
}
