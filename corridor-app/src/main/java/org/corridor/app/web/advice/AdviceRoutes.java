package org.corridor.app.web.advice;

import io.javalin.http.Context;
import java.util.Map;
import org.corridor.app.web.Language;
import org.corridor.app.web.Templates;
import org.corridor.law.advice.AdviceBook;

/**
 * The advice ({@code /advice}): every situation the planner advises on, with its steps, the places
 * and lines it sends people to, and the page or source line each was read on, in the page's
 * language. The plan links here instead of repeating the sources under every piece of advice, which
 * keeps a plan light on a slow connection. It carries nothing about anyone.
 */
public final class AdviceRoutes {
    private final AdviceBook book;
    private final Templates templates;

    public AdviceRoutes(AdviceBook book, Templates templates) {
        this.book = book;
        this.templates = templates;
    }

    public void page(Context ctx) {
        Language lang = Language.of(ctx);
        Map<String, Object> model = Templates.page(lang);
        model.put("book", book);
        ctx.header("Cache-Control", "public, max-age=3600");
        templates.send(ctx, "advice", model);
    }
}
