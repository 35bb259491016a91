package org.corridor.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Refuses an oversized body from its declared length, before any of it is read. */
final class RequestLimits {
    private RequestLimits() {
    }

    static void refuseOversizedBodies(Context ctx) {
        long length = ctx.contentLength();
        if (length > WebServer.MAX_REQUEST_BYTES) {
            throw new ClientError(HttpStatus.CONTENT_TOO_LARGE, "body",
                    "the request body is " + length + " bytes; the limit is " + WebServer.MAX_REQUEST_BYTES);
        }
    }
}
