package org.corridor.app.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers on every response, from Javalin's handlers ({@link #apply}) and from Jetty's own error
 * answers ({@link JettyErrors}) alike. The Content-Security-Policy allows nothing but this server's own
 * stylesheet and images, so no inline script (or any script) can run; pages are not cached, since
 * a plan describes a person.
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** Every header but Cache-Control, which depends on the path. */
    static final Map<String, String> ALL = all();

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ALL.forEach(ctx::header);
        if (!ctx.path().startsWith("/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Content-Security-Policy", CSP);
        m.put("X-Content-Type-Options", "nosniff");
        m.put("Referrer-Policy", "no-referrer");
        m.put("X-Frame-Options", "DENY");
        m.put("Cross-Origin-Opener-Policy", "same-origin");
        m.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        return java.util.Collections.unmodifiableMap(m);
    }
}
