package org.corridor.law.advice;

import java.util.List;
import java.util.Map;

/**
 * One text of the advice in the planner's languages. English and Russian are required; Tajik, Kyrgyz
 * and Uzbek fall back to Russian, the corridor's common legal language, until they are translated
 * (the fallback is visible in {@link #translatedInto}).
 */
public record Words(Map<String, String> byLanguage) {
    /** The languages every text must have. */
    public static final List<String> REQUIRED = List.of("en", "ru");
    /** Every language a text may have. */
    public static final List<String> LANGUAGES = List.of("en", "ru", "tg", "ky", "uz");

    public Words {
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
