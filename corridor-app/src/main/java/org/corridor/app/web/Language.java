package org.corridor.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.corridor.app.text.Messages;

/**
 * The language a person reads the site in: the one they chose ({@code ?lang=} or the form's field),
 * else the first their browser asks for that Corridor speaks, else Russian, the corridor's common
 * language.
 */
public record Language(String code, Messages messages) {
    public static final String DEFAULT = "ru";

    public static Language of(Context ctx) {
        String chosen = ctx.queryParam("lang");
        if (chosen == null && (ctx.isFormUrlencoded() || ctx.isMultipartFormData())) {
            chosen = ctx.formParam("lang");
        }
        return Messages.code(chosen).map(Language::of).orElseGet(() -> fromHeaders(ctx));
    }

    /**
     * The language from the query and the browser alone, never reading the body: what an error page
     * uses, since the error may be that the body is too large (or malformed) to read.
     */
    public static Language withoutBody(Context ctx) {
        String chosen = ctx.queryParam("lang");
        return Messages.code(chosen).map(Language::of).orElseGet(() -> fromHeaders(ctx));
    }

    private static Language fromHeaders(Context ctx) {
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            for (String code : accepted(accept)) {
                if (Messages.code(code).isPresent()) {
                    return of(Messages.code(code).get());
                }
            }
        }
        return of(DEFAULT);
    }

    /**
     * The primary language codes of an {@code Accept-Language} header, most wanted first (equal
     * weights keep their order); a range with a script ({@code uz-Cyrl-UZ}) gives the language with
     * its script ({@code uz-Cyrl}) and then the language alone ({@code uz}), as a reader of either
     * script reads the other better than a third language. Browsers and other clients send what they like ({@code en_US},
     * {@code en;q=abc}): a malformed range is skipped, never an error, since the header only
     * suggests a language. The JDK's {@code Locale.LanguageRange.parse} throws on such headers.
     */
    static List<String> accepted(String header) {
        record Range(String code, double weight) {
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : header.split(",", 64)) {
            String[] fields = part.split(";", -1);
            String tag = fields[0].trim().replace('_', '-').toLowerCase(Locale.ROOT);
            if (!tag.matches("[a-z]{1,8}(-[a-z0-9]{1,8})*")) {
                continue;
            }
            double weight = 1;
            for (int k = 1; k < fields.length; k++) {
                String parameter = fields[k].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        weight = -1;
                    }
                }
            }
            if (weight > 0 && weight <= 1) {
                String[] subtags = tag.split("-");
                if (subtags.length > 1 && subtags[1].matches("[a-z]{4}")) {
                    ranges.add(new Range(subtags[0] + "-" + Character.toUpperCase(subtags[1].charAt(0)) + subtags[1].substring(1), weight));
                }
                ranges.add(new Range(subtags[0], weight));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::weight).reversed());
        return ranges.stream().map(Range::code).distinct().toList();
    }

    public static Language of(String code) {
        return new Language(code, Messages.of(code));
    }
}
