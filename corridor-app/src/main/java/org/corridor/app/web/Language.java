package org.corridor.app.web;

import io.javalin.http.Context;
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
        if (chosen != null && Messages.supports(chosen)) {
            return of(chosen);
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
                String code = range.getRange().split("-")[0];
                if (Messages.supports(code)) {
                    return of(code);
                }
            }
        }
        return of(DEFAULT);
    }

    public static Language of(String code) {
        return new Language(code, Messages.of(code));
    }
}
