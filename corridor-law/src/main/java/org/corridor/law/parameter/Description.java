package org.corridor.law.parameter;

import java.util.Set;

/**
 * What a parameter is, in English ({@code description:} in its file) and in Russian
 * ({@code description_ru:}), both required.
 *
 * <p>Which one a reader gets ({@link #language(String)}): Russian for Russian and for Tajik, Kyrgyz
 * and Uzbek, since Russian is the corridor's common legal language and no description has been
 * translated into the origin countries' languages yet; English for English and for any other
 * language, English being the files' first text.
 */
public record Description(String en, String ru) {
    /** The languages whose readers get the Russian description. */
    public static final Set<String> READ_IN_RUSSIAN = Set.of("ru", "tg", "ky", "uz", "uz-Cyrl");

    public Description {
        if (en == null || en.isBlank() || ru == null || ru.isBlank()) {
            throw new IllegalArgumentException("a description needs both its English and its Russian text");
        }
    }

    /** The language of the description shown to a reader of {@code language}: "ru" or "en". */
    public static String language(String language) {
        return language != null && READ_IN_RUSSIAN.contains(language) ? "ru" : "en";
    }

    /** The description for a reader of {@code language}, by the rule of {@link #language(String)}. */
    public String text(String language) {
        return "ru".equals(language(language)) ? ru : en;
    }
}
