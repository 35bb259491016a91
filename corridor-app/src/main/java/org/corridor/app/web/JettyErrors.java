package org.corridor.app.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to the errors Jetty meets before Javalin's handlers run: a request line, address, Host or
 * header it cannot parse or will not take ({@code %00}, bad percent-encoding, an address or headers too
 * long). Jetty's own page names the exception and echoes the request's address; this one carries the
 * same security headers as every other response and a short plain sentence, with nothing taken from
 * the request, since a malformed request is exactly what an attacker probes with.
 */
final class JettyErrors implements Request.Handler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int code = response.getStatus();
        if (request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof HttpException e) {
            code = e.getCode(); // as Jetty's own handler does: the exception knows the status better
            response.setStatus(code);
        }
        if (code < 400) {
            code = HttpStatus.INTERNAL_SERVER_ERROR_500; // an error with no error status: do not pretend it went well
            response.setStatus(code);
        }
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.ALL.forEach(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        if (HttpStatus.hasNoBody(code) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        headers.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.write(true, ByteBuffer.wrap(text(code).getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /** The body: the status and what to do about it, in English (the request may be too broken to know a language). */
    static String text(int code) {
        String why = switch (code) {
            case HttpStatus.BAD_REQUEST_400 -> "The request could not be read: its request line, address, Host or headers are malformed.";
            case HttpStatus.URI_TOO_LONG_414 -> "The address is too long.";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "The request's headers are too large.";
            case HttpStatus.PAYLOAD_TOO_LARGE_413 -> "The request's body is too large.";
            case HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 -> "This server speaks HTTP/1.0 and HTTP/1.1.";
            default -> "The request could not be answered.";
        };
        return code + " " + HttpStatus.getMessage(code) + "\n" + why + "\n";
    }
}
