package org.corridor.law.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one reader of legal references in free text: finds every known instrument a source string names
 * ("Federal Law 115-FZ art. 13, 13.3" gives 115-FZ with articles 13 and 13.3) among seed citations
 * (such as "002:2711-2713"), URLs and news titles, which it skips. Instruments it does not know are not guessed at: they
 * stay in the raw source only.
 */
public final class LegalReferences {
    /**
     * One article as the sources write it: 13, 13.3, 43-2 (Kazakhstan numbers inserted articles so),
     * 18.8(1.1), 27(1)(12)-(14), 31.1-31.2.
     */
    private static final String ARTICLE = "\\d+(?:\\.\\d+)*(?:-\\d+(?:\\.\\d+)*)?(?:\\(\\d+(?:\\.\\d+)*\\))*(?:-\\(\\d+\\))?";
    /**
     * What may stand between an act's name and "art.": its date, number, quoted title or a parenthesis
     * ("Federal Law 109-FZ of 18.07.2006 art. 20", "Code ... of Kazakhstan No. 235-V (in force 2015-01-01) art. 517").
     */
    private static final Pattern ARTICLES_AFTER = Pattern.compile(
            "(?:\\s+of\\s+\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\s+No\\.\\s*[\\p{L}\\p{N}/.-]*[\\p{L}\\p{N}]|\\s+'[^']*'|\\s+\\([^)]*\\))*"
                    + "[\\s,]+arts?\\.\\s*(" + ARTICLE + "(?:(?:,\\s*|\\s+and\\s+)" + ARTICLE + ")*)");
    private static final Pattern ONE_ARTICLE = Pattern.compile(ARTICLE);

    private final Pattern names;
    private final Map<String, List<Instrument>> byName;

    public LegalReferences(Instruments instruments) {
        Map<String, List<Instrument>> m = new LinkedHashMap<>();
        for (Instrument i : instruments.all()) {
            for (String n : i.names()) {
                m.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
            }
        }
        this.byName = m;
        // longest first: regex alternation takes the first alternative that matches at a place
        String alternation = m.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static final class Embedded {
        static final LegalReferences INSTANCE = new LegalReferences(Instruments.embedded());
    }

    /**
     * The instruments a source string names, each once in the order first named, with the articles cited
     * of it in the order cited.
     */
    public static List<LegalReference> parse(String source) {
        return Embedded.INSTANCE.read(source);
    }

    /** {@link #parse} against this reader's instruments. */
    public List<LegalReference> read(String source) {
        Map<Instrument, Set<String>> found = new LinkedHashMap<>();
        Matcher name = names.matcher(source);
        Matcher after = ARTICLES_AFTER.matcher(source);
        int from = 0;
        while (from < source.length() && name.find(from)) {
            List<Instrument> named = byName.get(name.group().toLowerCase(Locale.ROOT));
            from = name.end();
            List<String> articles = List.of();
            after.region(name.end(), source.length());
            if (after.lookingAt()) {
                articles = new ArrayList<>();
                Matcher one = ONE_ARTICLE.matcher(after.group(1));
                while (one.find()) {
                    articles.add(one.group());
                }
                from = after.end();
            }
            for (Instrument i : named) {
                found.computeIfAbsent(i, k -> new LinkedHashSet<>()).addAll(articles);
            }
        }
        List<LegalReference> refs = new ArrayList<>();
        found.forEach((i, a) -> refs.add(new LegalReference(i, List.copyOf(a))));
        return List.copyOf(refs);
    }
}
