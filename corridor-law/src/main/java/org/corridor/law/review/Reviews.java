package org.corridor.law.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridor.law.parameter.LawFileException;
import org.corridor.law.parameter.YamlKeys;
import org.corridor.law.place.Jurisdiction;

/**
 * The review of every jurisdiction's law, read from {@code corridor/review/FOLDER.yaml}: when it was
 * last checked, and the changes pending. Kept apart from the parameter files so that a pending change
 * can never be read as law. Immutable.
 */
public final class Reviews {
    /** The classpath folder of the review files. */
    public static final String ROOT = "corridor/review";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FILE_KEYS = Set.of("jurisdiction", "reviewed", "sources_to", "scope", "pending");
    /** The words of a pending change, each also in Russian ({@code title_ru}, required) and maybe in Tajik, Kyrgyz, Uzbek. */
    private static final List<String> WORDS = List.of("title", "act", "status", "would");
    private static final Set<String> PENDING_KEYS = pendingKeys();

    private static Set<String> pendingKeys() {
        Set<String> keys = new java.util.HashSet<>(Set.of("id", "status_date", "applies_to", "sources"));
        keys.addAll(WORDS);
        for (String language : PendingChange.LANGUAGES) {
            WORDS.forEach(w -> keys.add(w + "_" + language));
        }
        return Set.copyOf(keys);
    }

    private final Map<String, Review> byFolder;
    /** The review of each jurisdiction, by ordinal: asked for by every assessment. */
    private final Review[] byJurisdiction = new Review[Jurisdiction.values().length];

    public Reviews(List<Review> reviews) {
        Map<String, Review> map = new LinkedHashMap<>();
        for (Review r : reviews) {
            if (map.put(r.folder(), r) != null) {
                throw new IllegalArgumentException("two reviews of " + r.folder());
            }
        }
        this.byFolder = Map.copyOf(map);
        for (Jurisdiction j : Jurisdiction.values()) {
            byJurisdiction[j.ordinal()] = byFolder.get(j.lawFolder());
        }
    }

    /** No reviews at all: every date is after the review, and nothing is pending. */
    public static Reviews none() {
        return new Reviews(List.of());
    }

    /** The reviews bundled with Corridor, one per jurisdiction folder. */
    public static Reviews embedded() {
        return Embedded.INSTANCE;
    }

    private static final class Embedded {
        static final Reviews INSTANCE = loadEmbedded();
    }

    private static Reviews loadEmbedded() {
        List<Review> reviews = new ArrayList<>();
        java.util.Set<String> folders = new java.util.LinkedHashSet<>();
        for (Jurisdiction j : Jurisdiction.values()) {
            folders.add(j.lawFolder());
        }
        for (String folder : folders) {
            String file = ROOT + "/" + folder + ".yaml";
            try (InputStream in = Reviews.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("the review of " + folder + " (" + file + ") is missing");
                }
                reviews.add(parse(folder + ".yaml", YAML.readTree(in)));
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new LawFileException(folder + ".yaml", "yaml", e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Reviews(reviews);
    }

    /** Reads one review file; errors name the file and the field. */
    public static Review parse(String file, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new LawFileException(file, "(file)", "expected a mapping with jurisdiction, reviewed, scope, pending");
        }
        YamlKeys.check(file, "(file)", root, FILE_KEYS);
        String folder = text(file, "jurisdiction", root);
        LocalDate reviewed = date(file, "reviewed", root);
        String scope = text(file, "scope", root);
        List<PendingChange> pending = new ArrayList<>();
        JsonNode list = root.path("pending");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new LawFileException(file, "pending", "expected a list");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String field = "pending[" + i + "]";
            if (!p.isObject()) {
                throw new LawFileException(file, field, "expected a mapping");
            }
            YamlKeys.check(file, field, p, PENDING_KEYS);
            List<String> sources = new ArrayList<>();
            p.path("sources").forEach(s -> sources.add(s.asText()));
            if (sources.isEmpty()) {
                throw new LawFileException(file, field + ".sources", "a pending change needs the page it was read on");
            }
            PendingChange.Scope scopeOf;
            try {
                scopeOf = PendingChange.Scope.parse(text(file, field + ".applies_to", p));
            } catch (IllegalArgumentException e) {
                throw new LawFileException(file, field + ".applies_to", e.getMessage());
            }
            pending.add(new PendingChange(text(file, field + ".id", p), text(file, field + ".title", p), text(file, field + ".act", p),
                    text(file, field + ".status", p), date(file, field + ".status_date", p), text(file, field + ".would", p), scopeOf,
                    sources, translations(file, field, p)));
        }
        LocalDate sourcesTo = date(file, "sources_to", root);
        try {
            return new Review(folder, reviewed, sourcesTo, scope, pending);
        } catch (IllegalArgumentException e) {
            throw new LawFileException(file, "sources_to", e.getMessage());
        }
    }

    /**
     * A pending change's words in other languages: {@code title_ru}, {@code act_ru}, {@code status_ru} and
     * {@code would_ru} required, in Cyrillic letters; for Tajik, Kyrgyz and Uzbek all four or none, Tajik
     * and Kyrgyz in Cyrillic letters, Uzbek in Latin ones.
     */
    private static Map<String, PendingChange.Text> translations(String file, String field, JsonNode p) {
        Map<String, PendingChange.Text> out = new LinkedHashMap<>();
        for (String language : PendingChange.LANGUAGES) {
            List<String> given = WORDS.stream().filter(w -> p.hasNonNull(w + "_" + language)).toList();
            if (given.isEmpty() && !language.equals("ru")) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            for (String w : WORDS) {
                String key = field + "." + w + "_" + language;
                if (!p.hasNonNull(w + "_" + language)) {
                    throw new LawFileException(file, key, language.equals("ru")
                            ? "missing: every pending change needs its words in Russian as well as in English"
                            : "missing: a pending change translated into " + language + " needs all of " + WORDS + " in it");
                }
                String t = text(file, key, p);
                boolean cyrillic = t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
                if (language.equals("uz") == cyrillic) {
                    throw new LawFileException(file, key, language.equals("uz") ? "not Uzbek in Latin letters: " + t
                            : "not in Cyrillic letters: " + t);
                }
                texts.add(t);
            }
            out.put(language, new PendingChange.Text(texts.get(0), texts.get(1), texts.get(2), texts.get(3)));
        }
        return out;
    }

    public Optional<Review> of(Jurisdiction j) {
        return Optional.ofNullable(byJurisdiction[j.ordinal()]);
    }

    /** Every review, by folder. */
    public Map<String, Review> all() {
        return byFolder;
    }

    private static String text(String file, String field, JsonNode node) {
        String key = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        JsonNode v = node.get(key);
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            throw new LawFileException(file, field, "missing");
        }
        return v.asText();
    }

    private static LocalDate date(String file, String field, JsonNode node) {
        String t = text(file, field, node);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new LawFileException(file, field, "not an ISO date: " + t);
        }
    }
}
