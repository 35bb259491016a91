package org.corridor.app.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.law.parameter.LawFileException;

/**
 * The glossary of legal terms ({@code org/corridor/app/text/glossary/terms.yaml}): for each concept the
 * planner names, the term each language uses, the stems that recognise it, and the terms that must not
 * name it. {@link #check} finds the texts that break it.
 */
public final class Glossary {
    /** The glossary file on the classpath. */
    public static final String FILE = "org/corridor/app/text/glossary/terms.yaml";

    private static final Set<String> CONCEPT_FIELDS = Set.of("concept", "names", "scope", "en", "ru", "tg", "ky", "uz");
    private static final Set<String> LANGUAGE_FIELDS = Set.of("text", "match", "wrong", "alternatives", "source", "verified", "note");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** Apostrophe-like letters, matched as one: Uzbek oʻ/gʻ and ʼ are often typed with ' ‘ ’. */
    private static final Pattern APOSTROPHES = Pattern.compile("['‘’ʻʼ`]");

    /** One language's wording of a concept. */
    public record Term(String term, List<Pattern> match, List<Pattern> wrong, List<Pattern> alternatives, String source, boolean verified,
            String note) {}

    /**
     * A concept, with the texts it is checked in and its wording per language.
     *
     * @param names the English phrases that name it in a text (the review sheet finds it by them)
     */
    public record Concept(String id, String description, List<String> names, List<Pattern> scopeKeys, List<Pattern> exceptKeys,
                          Map<String, Term> languages) {
        /** Whether a text with this key speaks of this concept. */
        public boolean covers(String key) {
            if (exceptKeys.stream().anyMatch(p -> p.matcher(key).find())) {
                return false;
            }
            return scopeKeys.isEmpty() || scopeKeys.stream().anyMatch(p -> p.matcher(key).find());
        }
    }

    /** A text that breaks the glossary. */
    public record Finding(Kind kind, String key, String language, String concept, String found, String glossaryTerm) {
        public enum Kind { WRONG_TERM, SECOND_TERM }

        @Override
        public String toString() {
            return language + " " + key + ": " + (kind == Kind.WRONG_TERM ? "wrong term" : "a second term") + " '" + found + "' for "
                    + concept + "; the glossary's term is '" + glossaryTerm + "'";
        }
    }

    private final Map<String, Concept> concepts;

    private Glossary(Map<String, Concept> concepts) {
        this.concepts = concepts;
    }

    private static final class Embedded {
        static final Glossary INSTANCE = load();
    }

    public static Glossary embedded() {
        return Embedded.INSTANCE;
    }

    public Map<String, Concept> concepts() {
        return concepts;
    }

    /**
     * Every breach in one language's texts (key to text): a {@code wrong} term of a concept the key
     * speaks of, or one of its {@code alternatives} where the glossary's term is the only one allowed.
     */
    public List<Finding> check(String language, Map<String, String> texts) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, String> t : texts.entrySet()) {
            String text = normalise(t.getValue());
            for (Concept c : concepts.values()) {
                Term term = c.languages().get(language);
                if (term == null || !c.covers(t.getKey())) {
                    continue;
                }
                for (Pattern w : term.wrong()) {
                    Matcher m = w.matcher(text);
                    while (m.find()) {
                        out.add(new Finding(Finding.Kind.WRONG_TERM, t.getKey(), language, c.id(), word(text, m), term.term()));
                    }
                }
                if (!term.alternatives().isEmpty()) {
                    String masked = text;
                    for (Pattern p : term.match()) {
                        masked = mask(masked, p);
                    }
                    for (Pattern a : term.alternatives()) {
                        Matcher m = a.matcher(masked);
                        while (m.find()) {
                            out.add(new Finding(Finding.Kind.SECOND_TERM, t.getKey(), language, c.id(), word(masked, m), term.term()));
                        }
                        masked = mask(masked, a); // a longer alternative listed first is reported once, not again by a shorter one
                    }
                }
            }
        }
        return out;
    }

    /** The matched stem through to the end of its word, to report the inflected form. */
    private static String word(String text, Matcher m) {
        int end = m.end();
        while (end < text.length() && (Character.isLetter(text.codePointAt(end)) || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) {
            end += Character.charCount(text.codePointAt(end));
        }
        return text.substring(m.start(), end);
    }

    private static String mask(String text, Pattern p) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, " ".repeat(m.end() - m.start()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Apostrophe-like letters folded to ʻ, so that a pattern written with one matches a text written with another. */
    static String normalise(String s) {
        return APOSTROPHES.matcher(s).replaceAll("ʻ");
    }

    /**
     * A glossary stem or regex as a pattern: anchored at a word start (not after a letter, mark or
     * digit), so suffixes are allowed; a space matches any run of spaces.
     */
    static Pattern stem(String regex) {
        String r = normalise(regex).replace(" ", "\\s+");
        return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])(?:" + r + ")", FLAGS);
    }

    private static Glossary load() {
        try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the glossary " + FILE + " is missing from the classpath");
            }
            return parse(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Glossary parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new LawFileException(FILE, "(file)", "expected a mapping from concept id to its terms");
        }
        Map<String, Concept> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            JsonNode c = e.getValue();
            c.fieldNames().forEachRemaining(f -> {
                if (!CONCEPT_FIELDS.contains(f)) {
                    throw new LawFileException(FILE, id, "unknown field '" + f + "' (allowed: " + CONCEPT_FIELDS + ")");
                }
            });
            JsonNode scope = c.path("scope");
            Map<String, Term> langs = new LinkedHashMap<>();
            for (String lang : Messages.LANGUAGES) {
                JsonNode l = c.get(lang);
                if (l == null) {
                    continue;
                }
                l.fieldNames().forEachRemaining(f -> {
                    if (!LANGUAGE_FIELDS.contains(f)) {
                        throw new LawFileException(FILE, id + "." + lang, "unknown field '" + f + "' (allowed: " + LANGUAGE_FIELDS + ")");
                    }
                });
                String term = l.path("text").asText("");
                if (term.isBlank() || !l.hasNonNull("source") || !l.path("verified").isBoolean()) {
                    throw new LawFileException(FILE, id + "." + lang, "every language needs text (the term), source and verified: true|false");
                }
                List<Pattern> match = stems(l.path("match"));
                if (match.isEmpty()) {
                    throw new LawFileException(FILE, id + "." + lang, "match: at least one stem that recognises the term");
                }
                langs.put(lang, new Term(term, match, stems(l.path("wrong")), stems(l.path("alternatives")), l.path("source").asText(),
                        l.path("verified").asBoolean(), l.path("note").asText("")));
            }
            List<String> names = new ArrayList<>();
            c.path("names").forEach(n -> names.add(n.asText()));
            m.put(id, new Concept(id, c.path("concept").asText(""), List.copyOf(names), keys(scope.path("keys")), keys(scope.path("except")),
                    Collections.unmodifiableMap(langs)));
        }
        return new Glossary(Collections.unmodifiableMap(m));
    }

    private static List<Pattern> stems(JsonNode list) {
        List<Pattern> out = new ArrayList<>();
        list.forEach(n -> out.add(stem(n.asText())));
        return List.copyOf(out);
    }

    private static List<Pattern> keys(JsonNode list) {
        List<Pattern> out = new ArrayList<>();
        list.forEach(n -> out.add(Pattern.compile(n.asText())));
        return List.copyOf(out);
    }
}
