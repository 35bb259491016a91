package org.corridor.app.text;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
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
     * The languages the interface speaks: Russian, Tajik, Kyrgyz and Uzbek for the people served,
     * English for analysts. The Tajik, Kyrgyz and Uzbek texts need review by native speakers.
     */
    public static final List<String> LANGUAGES = List.of("ru", "tg", "ky", "uz", "en");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.corridor.app.text.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static boolean supports(String language) {
        return LANGUAGES.contains(language);
    }

    public static Messages of(String language) {
        if (!supports(language)) {
            throw new IllegalArgumentException("unsupported language " + language);
        }
        return new Messages(language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language));
    }

    /** The language's code, one of {@link #LANGUAGES}: what picks an instrument's title from the glossary. */
    public String language() {
        return locale.equals(Locale.ROOT) ? "en" : locale.getLanguage();
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
