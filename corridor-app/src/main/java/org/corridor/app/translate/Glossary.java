package org.corridor.app.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corridor.app.text.InstrumentTitles;
import org.corridor.law.citation.Instrument;
import org.corridor.law.citation.Instruments;
import org.corridor.law.citation.Title;

/**
 * The glossary's terms in one language, to show a reviewer beside each text: the legal acts (from the
 * law's instruments and the glossary's {@code instruments.yaml}) and, once it exists, the glossary's
 * {@code terms.yaml}. A term is found in a text (English and Russian) by its phrases, the longest at a place
 * winning. What the glossary lacks shows as such; a {@code terms.yaml} this reader does not
 * understand is left out with a note ({@link #notes()}), never failing the review.
 */
final class Glossary {
    /** The terms file being built beside instruments.yaml. */
    static final String TERMS = "org/corridor/app/text/glossary/terms.yaml";

    /** A term: its glossary id, the phrases that find it (English or Russian), its text in the language and where that was read. */
    record Term(String id, List<String> phrases, String text, String source) {
    }

    /** A term found in a text. */
    record Use(Term term, String phrase) {
        String shown() {
            return phrase + " = " + (term.text().isEmpty() ? "(not in the glossary for this language yet)" : term.text());
        }

        String sourceShown() {
            return term.id() + ": " + term.source();
        }
    }

    private final List<Term> terms;
    private final List<String> notes;

    private Glossary(List<Term> terms, List<String> notes) {
        this.terms = terms;
        this.notes = notes;
    }

    List<String> notes() {
        return notes;
    }

    static Glossary of(String language) {
        List<Term> terms = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        InstrumentTitles titles = InstrumentTitles.embedded();
        for (Instrument i : Instruments.embedded().all()) {
            Optional<Title> t = titles.title(i, language);
            terms.add(new Term(i.id(), i.names(), t.map(Title::text).orElse(""), t.map(Glossary::source).orElse("no title in the glossary")));
        }
        try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(TERMS)) {
            if (in == null) {
                notes.add("the glossary has no terms.yaml yet: the glossary column lists the legal acts only");
            } else {
                terms.addAll(terms(new ObjectMapper(new YAMLFactory()).readTree(in), language, notes));
            }
        } catch (IOException | RuntimeException e) {
            notes.add("the glossary's terms.yaml could not be read (" + e.getMessage() + "): the glossary column lists the legal acts only");
        }
        return new Glossary(List.copyOf(terms), List.copyOf(notes));
    }

    private static String source(Title t) {
        String where = t.source().isBlank() ? "no page cited" : t.source();
        return where + (t.verified() ? " (verified)" : " (not verified" + (t.note().isBlank() ? "" : ": " + t.note()) + ")");
    }

    /**
     * Terms from terms.yaml, read leniently: a mapping of id to entry, or a list of entries with an id;
     * an entry's English phrases under {@code en} (a text, a list, or a mapping with {@code text}) and
     * {@code names}, its text in the language under the language's code (a text, or a mapping with
     * {@code text}, {@code source}, {@code verified}, {@code note}) and its source beside it.
     */
    static List<Term> terms(JsonNode root, String language, List<String> notes) {
        List<Term> out = new ArrayList<>();
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        if (root != null && root.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                entries.put(e.getKey(), e.getValue());
            }
        } else if (root != null && root.isArray()) {
            for (JsonNode n : root) {
                entries.put(n.path("id").asText("term-" + entries.size()), n);
            }
        }
        int skipped = 0;
        for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
            JsonNode n = e.getValue();
            List<String> phrases = new ArrayList<>();
            texts(n.get("en"), phrases);
            texts(n.get("names"), phrases);
            if (!language.equals("ru")) {
                texts(n.get("ru"), phrases);
            }
            phrases.removeIf(String::isBlank);
            if (!n.isObject() || phrases.isEmpty()) {
                skipped++;
                continue;
            }
            JsonNode l = n.get(language);
            String text = l == null ? "" : l.isObject() ? l.path("text").asText("") : l.asText("");
            String source = l != null && l.isObject() && l.hasNonNull("source") ? l.get("source").asText()
                    : n.hasNonNull("source") ? n.get("source").asText() : "no source given";
            if (l != null && l.isObject() && l.has("verified")) {
                source += l.path("verified").asBoolean() ? " (verified)" : " (not verified" + (l.hasNonNull("note") ? ": " + l.get("note").asText() : "") + ")";
            }
            out.add(new Term(e.getKey(), phrases, text, source));
        }
        if (skipped > 0) {
            notes.add(skipped + " entries of terms.yaml have no English phrase to find them by and are not shown");
        }
        return out;
    }

    private static void texts(JsonNode n, List<String> into) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(x -> texts(x, into));
        } else if (n.isObject()) {
            texts(n.get("text"), into);
        } else if (n.isValueNode()) {
            into.add(n.asText());
        }
    }

    /** The terms a text uses (its English and Russian), in the order they occur; at a place the longest phrase wins. */
    List<Use> find(String text) {
        String english = text;
        String lower = english.toLowerCase(Locale.ROOT);
        record Hit(int start, int end, Term term, String phrase) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Term t : terms) {
            for (String p : t.phrases()) {
                String lp = p.toLowerCase(Locale.ROOT);
                for (int at = lower.indexOf(lp); at >= 0; at = lower.indexOf(lp, at + 1)) {
                    if (word(lower, at - 1) || word(lower, at + lp.length())) {
                        continue; // inside a longer word
                    }
                    hits.add(new Hit(at, at + lp.length(), t, english.substring(at, at + lp.length())));
                }
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> h.start() - h.end()).thenComparingInt(Hit::start));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (kept.stream().noneMatch(k -> k.start() < h.end() && h.start() < k.end())) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        List<Use> uses = new ArrayList<>();
        for (Hit h : kept) {
            if (uses.stream().noneMatch(u -> u.term().id().equals(h.term().id()))) {
                uses.add(new Use(h.term(), h.phrase()));
            }
        }
        return uses;
    }

    private static boolean word(String s, int i) {
        return i >= 0 && i < s.length() && Character.isLetterOrDigit(s.charAt(i));
    }
}
