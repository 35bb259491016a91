package org.corridor.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridor.app.text.InvalidFactsText;
import org.corridor.app.text.Messages;
import org.corridor.law.fact.InvalidFactsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors as JSON under {@code /api} and as a page elsewhere: a 4xx with a message naming the field
 * for bad input, never a stack trace. A wrong method is 405 with the methods the path takes in
 * {@code Allow}. An unexpected failure is logged (without the request) and answered 500.
 */
final class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    static void register(JavalinConfig config, Templates templates) {
        config.routes.exception(ClientError.class, (e, ctx) -> answer(ctx, templates, e.status(), e.field(), e.getMessage()));
        config.routes.exception(InvalidFactsException.class, (e, ctx) -> {
            if (ctx.path().startsWith("/api/")) {
                answer(ctx, templates, HttpStatus.BAD_REQUEST, e.field(), e.reason()); // the API says it in English
            } else {
                Messages m = Language.withoutBody(ctx).messages();
                answer(ctx, templates, HttpStatus.BAD_REQUEST, InvalidFactsText.field(m, e.field()), InvalidFactsText.reason(m, e));
            }
        });
        config.routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
            String allow = allow(e.getDetails().values());
            ctx.header("Allow", allow);
            answer(ctx, templates, HttpStatus.METHOD_NOT_ALLOWED, "method", "this address answers " + allow + " only");
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            boolean notFound = status == HttpStatus.NOT_FOUND;
            answer(ctx, templates, status, notFound ? "path" : "", notFound ? "no such page: " + ctx.path() : e.getMessage());
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            Optional<HttpStatus> unreadable = unreadableRequest(e);
            if (unreadable.isPresent()) {
                answer(ctx, templates, unreadable.get(), "body", "the request could not be read: it is malformed or was cut short");
                return;
            }
            // The class and where it was thrown, not the message: a message may quote what the request sent.
            LOG.error("internal error on {} {}: {}{}", ctx.method(), ctx.path(), e.getClass().getName(), origin(e));
            answer(ctx, templates, HttpStatus.INTERNAL_SERVER_ERROR, "", "internal error");
        });
    }

    /**
     * The methods a path answers, as Javalin found them ({@code GET, POST}), with HEAD wherever GET is,
     * since Javalin answers HEAD with the GET handler.
     */
    static String allow(Collection<String> found) {
        List<String> methods = new ArrayList<>();
        for (String text : found) {
            for (String m : text.split(",")) {
                String method = m.trim();
                if (!method.isEmpty() && !methods.contains(method)) {
                    methods.add(method);
                }
            }
        }
        if (methods.contains("GET") && !methods.contains("HEAD")) {
            methods.add(methods.indexOf("GET") + 1, "HEAD");
        }
        return String.join(", ", methods);
    }

    /**
     * The status for a request whose body Jetty could not read (a broken chunk, a body shorter than its
     * Content-Length, a form that is not percent-encoded): Jetty says so with an HTTP exception carrying
     * a 4xx, or an end of stream. That is the client's fault, not the server's: 400, not 500.
     */
    static Optional<HttpStatus> unreadableRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() >= 400 && h.getCode() < 500) {
                HttpStatus status = HttpStatus.forStatus(h.getCode());
                return Optional.of(status == HttpStatus.UNKNOWN ? HttpStatus.BAD_REQUEST : status);
            }
            if (t instanceof org.eclipse.jetty.io.EofException) {
                return Optional.of(HttpStatus.BAD_REQUEST);
            }
        }
        return Optional.empty();
    }

    /** Where an exception was thrown, as {@code " (Class.java:12)"}: enough to find the bug, without a stack trace in the log. */
    private static String origin(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "" : " (" + trace[0].getFileName() + ":" + trace[0].getLineNumber() + ")";
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
