package org.restwise.app.web;

import io.javalin.http.HttpStatus;

/** A refusal the API answers with its own status and a plain sentence, not tied to one field. */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;

    ApiError(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
