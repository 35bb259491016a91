package org.corridor.app.text;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.corridor.law.money.Money;
import org.corridor.law.money.MoneyRange;

/**
 * The interface's words in one language, from the {@code messages} resource bundles. A missing key
 * shows as itself, so an untranslated string is visible rather than fatal.
 */
public final class Messages {
    /**
     * The languages the interface speaks: Russian, Tajik, Kyrgyz and Uzbek (in Latin letters, "uz",
     * and in Cyrillic, "uz-Cyrl", generated from the Latin: {@link UzbekCyrillicBundle}) for the people
     * served, English for analysts. The Tajik, Kyrgyz and Uzbek texts need review by native speakers.
     * The codes are BCP 47 tags, as the page's {@code lang} attribute and {@code ?lang=} take them.
     */
    public static final List<String> LANGUAGES = List.of("ru", "tg", "ky", "uz", "uz-Cyrl", "en");

    /**
     * Each language by its own name, in its own language and script, whatever the page's language:
     * what the language switcher shows, since a reader looks for their language's name, not a code.
     */
    public static final Map<String, String> NAMES = Map.of("ru", "Русский", "tg", "Тоҷикӣ", "ky", "Кыргызча", "uz", "Oʻzbekcha",
            "uz-Cyrl", "Ўзбекча", "en", "English");

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(String language, Locale locale) {
        this.language = language;
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.corridor.app.text.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static boolean supports(String language) {
        return LANGUAGES.contains(language);
    }

    /**
     * The code of {@link #LANGUAGES} a tag names, whatever its case and separator ("uz-cyrl",
     * "uz_Cyrl", "UZ-CYRL" are "uz-Cyrl"), or empty.
     */
    public static Optional<String> code(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.trim().replace('_', '-');
        return LANGUAGES.stream().filter(l -> l.equalsIgnoreCase(t)).findFirst();
    }

    public static Messages of(String language) {
        if (!supports(language)) {
            throw new IllegalArgumentException("unsupported language " + language);
        }
        return new Messages(language, language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language));
    }

    /** The language's code: one of {@link #LANGUAGES}. */
    public String language() {
        return language;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // a pattern without placeholders is plain text: MessageFormat would eat its apostrophes
        return args.length == 0 || pattern.indexOf('{') < 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text for a key without arguments (templates call this one). */
    public String text(String key) {
        return get(key);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A date as people write it in this language ("31 октября 2026", "2026-yil 31-oktabr"), with the
     * month names from the bundles: the JDK's locale data lacks Tajik and Kyrgyz forms and changes
     * between versions. The day and year are plain digits, never grouped.
     */
    public String date(LocalDate d) {
        return get("date.pattern", String.valueOf(d.getDayOfMonth()), get("date.month." + d.getMonthValue()), String.valueOf(d.getYear()));
    }

    public String money(Money m) {
        return number(m.amount()) + " " + m.currency().getCurrencyCode();
    }

    public String money(MoneyRange r) {
        String code = r.currency().getCurrencyCode();
        return r.min().equals(r.max()) ? number(r.min()) + " " + code : number(r.min()) + "\u2013" + number(r.max()) + " " + code;
    }

    private String number(java.math.BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(locale.equals(Locale.ROOT) ? Locale.ENGLISH : locale);
        f.setMaximumFractionDigits(2);
        return f.format(n);
    }
}
