package org.corridor.law.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.corridor.law.script.UzbekCyrillic;

/**
 * A change to the law that is proposed but not in force: a bill before parliament or a draft decree.
 * Shown in the legislation explorer and, where it would touch the person, as a note in the plan;
 * never applied to an assessment.
 *
 * <p>Its words ({@link Text}) are in English (the record's {@code title}, {@code act}, {@code status}
 * and {@code would}, what the JSON API and the command line say) and, in {@code translations}, in
 * Russian (required: the corridor's common legal language) and in Tajik, Kyrgyz and Uzbek where they
 * have been translated. Uzbek in Cyrillic letters is made from the Uzbek in Latin letters. A reader of
 * a language without a translation gets the Russian ({@link #languageFor(String)}).
 *
 * @param id a stable id, such as {@code medical-within-30-days}
 * @param title what it would change, in a line
 * @param act the bill or draft, with its number where known
 * @param status where it stands, such as "passed first reading"
 * @param statusDate the day of that step
 * @param would what it would do, in a sentence or two
 * @param appliesTo whom it would touch
 * @param sources the pages it was read on, each with its address and title
 * @param translations the words in other languages, by language code ({@code ru}, {@code tg}, {@code ky}, {@code uz})
 */
public record PendingChange(String id, String title, String act, String status, LocalDate statusDate, String would, Scope appliesTo,
                            List<String> sources, Map<String, Text> translations) {
    /** The languages a change's words may be translated into; Russian is required. */
    public static final List<String> LANGUAGES = List.of("ru", "tg", "ky", "uz");

    /** A change's words in one language. */
    public record Text(String title, String act, String status, String would) {
        public Text {
            if (title == null || title.isBlank() || act == null || act.isBlank() || status == null || status.isBlank() || would == null
                    || would.isBlank()) {
                throw new IllegalArgumentException("a pending change's text needs its title, act, status and would");
            }
        }

        Text toCyrillic() {
            return new Text(UzbekCyrillic.of(title), UzbekCyrillic.of(act), UzbekCyrillic.of(status), UzbekCyrillic.of(would));
        }
    }

    /** Whom a pending change would touch, so that a plan shows only the ones that concern the person. */
    public enum Scope {
        /** Anyone entering or staying in the jurisdiction. */
        ENTRANTS,
        /** Anyone who comes to work or works there. */
        WORKERS,
        /** Workers who need a patent. */
        PATENT_WORKERS;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Scope parse(String key) {
            for (Scope s : values()) {
                if (s.key().equals(key)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown scope '" + key + "' (entrants, workers, patent-workers)");
        }
    }

    public PendingChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statusDate, "status_date");
        sources = List.copyOf(sources);
        if (!translations.containsKey("ru")) {
            throw new IllegalArgumentException("a pending change needs its Russian text");
        }
        Map<String, Text> all = new LinkedHashMap<>(translations);
        for (String language : all.keySet()) {
            if (!LANGUAGES.contains(language)) {
                throw new IllegalArgumentException("unknown language " + language + " (" + LANGUAGES + ")");
            }
        }
        if (all.containsKey("uz")) {
            all.put("uz-Cyrl", all.get("uz").toCyrillic());
        }
        translations = Map.copyOf(all);
    }

    /** The words in English, as the record gives them. */
    public Text english() {
        return new Text(title, act, status, would);
    }

    /**
     * The language a reader of {@code language} gets the change in: their own where it has been
     * translated, Russian for the other readers of the corridor's languages (tg, ky, uz, uz-Cyrl),
     * English for English and any other language.
     */
    public String languageFor(String language) {
        if (translations.containsKey(language)) {
            return language;
        }
        return List.of("tg", "ky", "uz", "uz-Cyrl").contains(language) ? "ru" : "en";
    }

    /** The words for a reader of {@code language}, in the language {@link #languageFor(String)} names. */
    public Text text(String language) {
        String l = languageFor(language);
        return l.equals("en") ? english() : translations.get(l);
    }
}
