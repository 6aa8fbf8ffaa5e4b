package org.restwise.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import org.restwise.app.json.InputFieldException;

/** What every JSON endpoint checks on the way in: the body's media type and the {@code days} window. */
final class ApiRequests {

    /** As {@code history} and {@code sessions} on the command line. */
    static final int DEFAULT_DAYS = 14;
    /** Ten years of days: anything larger is a mistake, not a wish. */
    static final int MAX_DAYS = 3660;

    private ApiRequests() {
    }

    static void requireJson(Context ctx) {
        String type = ctx.contentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "send the body as JSON with Content-Type: application/json"
                            + (type == null ? "" : ", not " + type));
        }
    }

    /** {@code ?days=N}: how many days back, today included. */
    static int days(Context ctx) {
        String text = ctx.queryParam("days");
        if (text == null || text.isBlank()) {
            return DEFAULT_DAYS;
        }
        try {
            int days = Integer.parseInt(text.strip());
            if (days < 1 || days > MAX_DAYS) {
                throw new InputFieldException("days", "must be between 1 and " + MAX_DAYS + ", got " + days);
            }
            return days;
        } catch (NumberFormatException e) {
            throw new InputFieldException("days", "must be a whole number, got \"" + text + "\"");
        }
    }
}
