package org.corridor.app.web;

import io.javalin.http.HttpStatus;

/** A request the server refuses, with the status to answer, the field at fault and why. */
public final class ClientError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient HttpStatus status;
    private final String field;

    public ClientError(HttpStatus status, String field, String reason) {
        super(reason);
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
