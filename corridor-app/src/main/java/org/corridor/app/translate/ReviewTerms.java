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
 * law's instruments and the glossary's {@code instruments.yaml}) and the legal terms of
 * {@code terms.yaml}, as {@link org.corridor.app.text.Glossary} reads them (the reader the bundles are
 * checked with). A term is found in a text (English and Russian) by its phrases, the longest at a
 * place winning. What the glossary lacks for a language shows as such.
 */
final class ReviewTerms {
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

    private ReviewTerms(List<Term> terms, List<String> notes) {
        this.terms = terms;
        this.notes = notes;
    }

    List<String> notes() {
        return notes;
    }

    static ReviewTerms of(String language) {
        List<Term> terms = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        InstrumentTitles titles = InstrumentTitles.embedded();
        for (Instrument i : Instruments.embedded().all()) {
            Optional<Title> t = titles.title(i, language);
            terms.add(new Term(i.id(), i.names(), t.map(Title::text).orElse(""), t.map(ReviewTerms::source).orElse("no title in the glossary")));
        }
        // the legal terms, from the one reader of terms.yaml (the same the bundles are checked against)
        for (org.corridor.app.text.Glossary.Concept c : org.corridor.app.text.Glossary.embedded().concepts().values()) {
            List<String> phrases = new ArrayList<>(c.names());
            Optional.ofNullable(c.languages().get("en")).ifPresent(t -> phrases.add(t.term()));
            if (!language.equals("ru")) {
                Optional.ofNullable(c.languages().get("ru")).ifPresent(t -> phrases.add(t.term()));
            }
            phrases.removeIf(String::isBlank);
            org.corridor.app.text.Glossary.Term t = c.languages().get(language);
            terms.add(new Term(c.id(), List.copyOf(new java.util.LinkedHashSet<>(phrases)), t == null ? "" : t.term(),
                    t == null ? "no term in the glossary for this language" : t.source() + (t.verified() ? " (verified)"
                            : " (not verified" + (t.note().isBlank() ? "" : ": " + t.note()) + ")")));
        }
        return new ReviewTerms(List.copyOf(terms), List.copyOf(notes));
    }

    private static String source(Title t) {
        String where = t.source().isBlank() ? "no page cited" : t.source();
        return where + (t.verified() ? " (verified)" : " (not verified" + (t.note().isBlank() ? "" : ": " + t.note()) + ")");
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
