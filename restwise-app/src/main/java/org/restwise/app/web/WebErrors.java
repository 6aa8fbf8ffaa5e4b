package org.restwise.app.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.restwise.app.access.AccessRefused;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.Restwise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure, translated once: JSON {@code {"error", "field"}} under {@code /api/}, a plain
 * page elsewhere. The status says whose fault it was; a stack trace goes to the log, never out.
 */
final class WebErrors {

    private static final Logger LOG = LoggerFactory.getLogger(WebErrors.class);

    /** A restore or import gives others a turn every fraction of a second; a few seconds is plenty. */
    static final long RETRY_AFTER_SECONDS = 5;

    private final Pages pages;

    WebErrors(Pages pages) {
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.exception(InputFieldException.class, (e, ctx) ->
                answer(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), e.field().orElse(null)));
        routes.exception(ApiError.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage(), null));
        routes.exception(AccessRefused.class, (e, ctx) -> answer(ctx,
                e.kind() == AccessRefused.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN, e.getMessage(), null));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            answer(ctx, status, describe(status, ctx), null);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            if (Restwise.isBusy(e)) {
                // Someone else's long write, not a fault: the client may simply try again shortly.
                ctx.header("Retry-After", Long.toString(RETRY_AFTER_SECONDS));
                answer(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null);
                return;
            }
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "something went wrong on our side; it has been logged", null);
        });
        // Reached when no route matched at all: same answer as a thrown 404.
        routes.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, HttpStatus.NOT_FOUND, describe(HttpStatus.NOT_FOUND, ctx), null);
            }
        });
    }

    private static String describe(HttpStatus status, Context ctx) {
        return switch (status) {
            case NOT_FOUND -> "nothing here: " + ctx.method() + " " + ctx.path();
            case CONTENT_TOO_LARGE -> "the request is larger than " + WebApp.MAX_REQUEST_BYTES / 1024 + " KiB";
            case METHOD_NOT_ALLOWED -> ctx.method() + " is not allowed on " + ctx.path();
            default -> status.getMessage().toLowerCase();
        };
    }

    private void answer(Context ctx, HttpStatus status, String message, String field) {
        ctx.status(status);
        if (isApi(ctx)) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("error", message);
            body.put("field", field);
            ctx.contentType("application/json").result(body.toString());
        } else {
            pages.render(ctx, "problem.jte", new ProblemView(status.getCode(), title(status), message));
        }
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().equals("/api") || ctx.path().startsWith("/api/");
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Page not found";
            case BAD_REQUEST -> "That did not look right";
            case INTERNAL_SERVER_ERROR -> "Something went wrong";
            case SERVICE_UNAVAILABLE -> "The journal is busy";
            default -> status.getMessage();
        };
    }
}
