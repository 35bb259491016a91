package org.corridor.app.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corridor.law.citation.Instrument;
import org.corridor.law.citation.LegalReference;
import org.corridor.law.citation.LegalReferences;
import org.corridor.law.regime.Basis;

/**
 * Legal bases as the law reads: "Федеральный закон от 25.07.2002 № 115-ФЗ «…», статьи 13, 13.3" in the
 * reader's language, with the raw source strings kept apart as citations.
 */
public final class LawInWords {
    private LawInWords() {
    }

    /**
     * The bases of a conclusion in words.
     *
     * @param laws each act the bases cite, once, in the order first cited, with every article cited of it
     *     merged and in natural order; acts the parser does not know are not here
     * @param citations every piece of the raw sources (a law's article as cited, or a seed line such as
     *     "002:2711-2717"), once, in order, those of an assumption marked so
     */
    public record Citations(List<String> laws, List<String> citations) {
        public Citations {
            laws = List.copyOf(laws);
            citations = List.copyOf(citations);
        }

        public boolean isEmpty() {
            return laws.isEmpty() && citations.isEmpty();
        }
    }

    /** One reference in words: the act's title, then its articles, in the pattern of the reader's language. */
    public static String words(LegalReference reference, Messages m) {
        String title = title(reference.instrument(), m);
        List<String> articles = reference.articles();
        if (articles.isEmpty()) {
            return title;
        }
        String numbers = String.join(", ", articles);
        return m.get("law.reference", title, m.get(articles.size() == 1 ? "law.article" : "law.articles", numbers));
    }

    /** The act's title in the reader's language; its Russian one where the glossary has none (a test keeps that from happening). */
    public static String title(Instrument instrument, Messages m) {
        return InstrumentTitles.embedded().title(instrument, m.language()).orElse(instrument.ru()).text();
    }

    public static Citations of(List<Basis> basis, Messages m) {
        Map<Instrument, Set<String>> acts = new LinkedHashMap<>();
        Set<String> pieces = new LinkedHashSet<>();
        Set<String> assumed = new HashSet<>();
        for (Basis b : basis) {
            for (LegalReference r : LegalReferences.parse(b.source())) {
                acts.computeIfAbsent(r.instrument(), k -> new TreeSet<>(NATURAL)).addAll(r.articles());
            }
            // the pieces PlanView has always shown: "; " separates a value's sources
            for (String piece : b.source().split("; ")) {
                pieces.add(piece);
                if (b.assumption()) {
                    assumed.add(piece);
                }
            }
        }
        List<String> laws = new ArrayList<>();
        acts.forEach((i, articles) -> laws.add(words(new LegalReference(i, List.copyOf(articles)), m)));
        String mark = " [" + m.get("plan.assumption") + "]";
        List<String> citations = pieces.stream().map(p -> assumed.contains(p) ? p + mark : p).toList();
        return new Citations(laws, citations);
    }

    /**
     * Articles in the order of the code: numbers compared as numbers, so 13 < 13.3 < 18.8(1) < 18.8(1.1) <
     * 18.8(3) < 18.10(1) and 9 < 97(5).
     */
    static final Comparator<String> NATURAL = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = i;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int c = new java.math.BigInteger(a.substring(i, ei)).compareTo(new java.math.BigInteger(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };
}
