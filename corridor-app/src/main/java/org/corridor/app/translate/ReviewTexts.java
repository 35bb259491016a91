package org.corridor.app.translate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.corridor.law.advice.AdviceBook;
import org.corridor.law.advice.AdviceStep;
import org.corridor.law.advice.Contact;
import org.corridor.law.advice.Situation;
import org.corridor.law.advice.Words;
import org.corridor.law.parameter.Law;
import org.corridor.law.parameter.Parameter;

/**
 * Every text of the interface a reviewer of one language reads, by key: the message bundles' keys
 * ({@code plan.header}), the advice's texts ({@code advice:SITUATION:steps[0].do},
 * {@code advice:CONTACT:short}) and the law explorer's descriptions ({@code law:PARAMETER}).
 */
final class ReviewTexts {
    static final String ADVICE = "advice:";
    static final String LAW = "law:";

    enum Kind { BUNDLE, ADVICE, LAW }

    /**
     * One text.
     *
     * @param translation the text in the language under review, "" where it has none of its own
     * @param pattern whether the interface formats it with {@link java.text.MessageFormat} (a bundle text with placeholders)
     * @param where where the text lives, for a report of corrections not written back
     */
    record Text(String key, Kind kind, String en, String ru, String translation, boolean pattern, String where) {
        SortedSet<Integer> placeholders() {
            return pattern ? Placeholders.of(en) : new TreeSet<>();
        }
    }

    private final String language;
    private final Map<String, Text> byKey;
    private final List<String> bundleOrder;

    private ReviewTexts(String language, Map<String, Text> byKey, List<String> bundleOrder) {
        this.language = language;
        this.byKey = byKey;
        this.bundleOrder = bundleOrder;
    }

    /** The texts, from the English, Russian and {@code language} bundles' files and the embedded advice and law. */
    static ReviewTexts of(String language, BundleFile en, BundleFile ru, BundleFile translated, AdviceBook advice, Law law) {
        Map<String, Text> texts = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : en.values().entrySet()) {
            String key = e.getKey();
            texts.put(key, new Text(key, Kind.BUNDLE, e.getValue(), ru.values().getOrDefault(key, ""),
                    translated.values().getOrDefault(key, ""), !Placeholders.of(e.getValue()).isEmpty(), "messages_" + language + ".properties"));
        }
        for (Contact c : advice.contacts().values()) {
            if (c.shortName() != null) {
                add(texts, language, c.id(), "short", c.shortName(), "contacts[id=" + c.id() + "].short");
            }
        }
        for (Situation s : advice.situations()) {
            String at = "situations[id=" + s.id() + "]";
            add(texts, language, s.id(), "now", s.now(), at + ".now");
            for (int i = 0; i < s.steps().size(); i++) {
                AdviceStep step = s.steps().get(i);
                add(texts, language, s.id(), "steps[" + i + "].do", step.action(), at + ".steps[" + i + "].do");
                if (step.bring() != null) {
                    add(texts, language, s.id(), "steps[" + i + "].bring", step.bring(), at + ".steps[" + i + "].bring");
                }
            }
            for (int i = 0; i < s.avoid().size(); i++) {
                add(texts, language, s.id(), "avoid[" + i + "]", s.avoid().get(i).text(), at + ".avoid[" + i + "]");
            }
        }
        for (Parameter p : law.parameters()) {
            String key = LAW + p.id();
            texts.put(key, new Text(key, Kind.LAW, p.description().en(), p.description().ru(), language.equals("ru") ? p.description().ru() : "",
                    false, "corridor-law: parameter " + p.id() + ", description" + (language.equals("ru") ? "_ru" : " (no " + language + " field yet)")));
        }
        return new ReviewTexts(language, Collections.unmodifiableMap(texts), List.copyOf(en.values().keySet()));
    }

    private static void add(Map<String, Text> texts, String language, String id, String field, Words w, String where) {
        String key = ADVICE + id + ":" + field;
        if (texts.containsKey(key)) {
            throw new IllegalStateException("two advice texts have the key " + key);
        }
        String own = w.translatedInto(language) ? w.byLanguage().get(language) : "";
        texts.put(key, new Text(key, Kind.ADVICE, w.byLanguage().get("en"), w.byLanguage().get("ru"), own, false,
                "corridor-law/src/main/resources/corridor/advice/advice.yaml: " + where + "." + language));
    }

    String language() {
        return language;
    }

    Map<String, Text> byKey() {
        return byKey;
    }

    List<Text> all() {
        return new ArrayList<>(byKey.values());
    }

    /** The bundle's keys in the English file's order. */
    List<String> bundleOrder() {
        return bundleOrder;
    }
}
