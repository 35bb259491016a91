package org.corridor.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Refusals made before any handler reads the request, each a 4xx naming what is at fault. */
final class RequestLimits {
    /** A percent sign not followed by two hex digits: {@code %zz}, {@code %u0041}, a lone {@code %}. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private RequestLimits() {
    }

    /** Refuses an oversized body from its declared length, before any of it is read. */
    static void refuseOversizedBodies(Context ctx) {
        long length = ctx.contentLength();
        if (length > WebServer.MAX_REQUEST_BYTES) {
            throw new ClientError(HttpStatus.CONTENT_TOO_LARGE, "body",
                    "the request body is " + length + " bytes; the limit is " + WebServer.MAX_REQUEST_BYTES);
        }
    }

    /**
     * Refuses an address with a malformed percent-encoding. Jetty lets some through (such as
     * {@code %u0041}), and Javalin's decoding of a path parameter then fails, which would be a 500.
     */
    static void refuseMalformedAddresses(Context ctx) {
        if (BAD_ESCAPE.matcher(ctx.req().getRequestURI()).find()) {
            throw new ClientError(HttpStatus.BAD_REQUEST, "path", "the address has a malformed percent-encoding (a % not followed by two hex digits)");
        }
    }

    /**
     * Refuses a body declared in a charset this Java does not know: reading a form or the language
     * from it would fail deep in Jetty, which would be a 500.
     */
    static void refuseUnknownCharsets(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null) {
            return;
        }
        for (String parameter : type.split(";")) {
            String p = parameter.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").trim();
                boolean known;
                try {
                    known = !name.isEmpty() && Charset.isSupported(name);
                } catch (IllegalCharsetNameException e) {
                    known = false;
                }
                if (!known) {
                    throw new ClientError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type", "unknown charset; send the body in UTF-8");
                }
            }
        }
    }
}
