package org.corridor.law.advice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.law.script.UzbekCyrillic;

/**
 * One text of the advice in the planner's languages. English and Russian are required; Tajik, Kyrgyz
 * and Uzbek fall back to Russian, the corridor's common legal language, until they are translated
 * (the fallback is visible in {@link #translatedInto}).
 *
 * <p>Uzbek in Cyrillic letters ({@code uz-Cyrl}) is made from the Uzbek in Latin letters by
 * {@link UzbekCyrillic} when the text is read, unless a file gives it: the advice is written and
 * reviewed once, in Latin letters, so that the two scripts never say different things. A text without
 * Uzbek has no Cyrillic Uzbek either, and falls back to Russian like the Latin.
 */
public record Words(Map<String, String> byLanguage) {
    /** The languages every text must have. */
    public static final List<String> REQUIRED = List.of("en", "ru");
    /** Every language a text may have. */
    public static final List<String> LANGUAGES = List.of("en", "ru", "tg", "ky", "uz", "uz-Cyrl");

    public Words {
        if (byLanguage.containsKey("uz") && !byLanguage.containsKey("uz-Cyrl")) {
            Map<String, String> m = new HashMap<>(byLanguage);
            m.put("uz-Cyrl", UzbekCyrillic.of(byLanguage.get("uz")));
            byLanguage = m;
        }
        byLanguage = Map.copyOf(byLanguage);
    }

    /** The text in a language, or in Russian where it has not been translated into it. */
    public String in(String language) {
        String t = byLanguage.get(language);
        return t != null ? t : byLanguage.get("ru");
    }

    public boolean translatedInto(String language) {
        return byLanguage.containsKey(language);
    }
}
