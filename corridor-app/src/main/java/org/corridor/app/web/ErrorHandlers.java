package org.corridor.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corridor.law.fact.InvalidFactsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors as JSON under {@code /api} and as a page elsewhere: a 4xx with a message naming the field
 * for bad input, never a stack trace. An unexpected failure is logged (without the request) and
 * answered 500.
 */
final class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    static void register(JavalinConfig config, Templates templates) {
        config.routes.exception(ClientError.class, (e, ctx) -> answer(ctx, templates, e.status(), e.field(), e.getMessage()));
        config.routes.exception(InvalidFactsException.class, (e, ctx) ->
                answer(ctx, templates, HttpStatus.BAD_REQUEST, e.field(), e.getMessage().substring(e.field().length() + 2)));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            boolean notFound = status == HttpStatus.NOT_FOUND;
            answer(ctx, templates, status, notFound ? "path" : "", notFound ? "no such page: " + ctx.path() : e.getMessage());
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}: {}", ctx.method(), ctx.path(), e.toString());
            answer(ctx, templates, HttpStatus.INTERNAL_SERVER_ERROR, "", "internal error");
        });
    }

    static void answer(Context ctx, Templates templates, HttpStatus status, String field, String message) {
        ctx.status(status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            ctx.header("Retry-After", "60"); // the run queue is full; a lab run takes about a minute
        }
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", message);
            body.put("field", field);
            body.put("status", status.getCode());
            ctx.json(body);
        } else {
            Language lang = Language.withoutBody(ctx);
            Map<String, Object> model = Templates.page(lang);
            model.put("status", status.getCode());
            model.put("field", field);
            model.put("message", message);
            templates.send(ctx, "error", model);
        }
    }
}
