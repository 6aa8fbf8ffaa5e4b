package org.restwise.app.web;

import io.javalin.http.HttpStatus;
import java.io.EOFException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.restwise.app.json.InputFieldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What was wrong with an upload Jetty could not take apart, in words a client can act on. Jetty
 * throws one "400: bad multipart" for every fault, the cause only inside it, and as a checked
 * servlet exception that the route's error handling would otherwise answer with a 500.
 */
final class MultipartRefusal {

    /** Jetty's limit on the parts of one request (its form key limit). */
    static final int MAX_PARTS = 1000;

    private static final Pattern INVALID_BYTE = Pattern.compile("invalid byte ([0-9a-f]{1,2})\\b");
    private static final Logger LOG = LoggerFactory.getLogger(MultipartRefusal.class);

    private MultipartRefusal() {
    }

    /** The refusal for a failed parse; {@code tooLarge} is the upload limit's own. */
    static RuntimeException of(Throwable failure, Supplier<ApiError> tooLarge) {
        LOG.debug("upload refused", failure);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("max length exceeded") || message.contains("max file size")
                    || message.contains("max request size")) {
                return tooLarge.get();
            }
            if (message.contains("too many keys") || message.contains("too many parts")) {
                return new ApiError(HttpStatus.CONTENT_TOO_LARGE, "the upload holds more than " + MAX_PARTS
                        + " parts; send fewer files at a time (an export zip counts as one)");
            }
            if (message.contains("no multipart boundary")) {
                return badRequest("its Content-Type names no boundary (multipart/form-data; boundary=…)");
            }
            if (t instanceof EOFException && message.contains("preamble")) {
                return badRequest("it holds no part: it is empty, or its parts do not start with the boundary"
                        + " its Content-Type names");
            }
            if (t instanceof EOFException) {
                return badRequest("it ends before its closing boundary (was it cut short?)");
            }
            Matcher controlByte = INVALID_BYTE.matcher(message);
            if (controlByte.find()) {
                // Jetty refuses a control byte in any part header (and gives it in hex); in an
                // upload from a browser only a file name can hold one.
                return new InputFieldException("files", String.format(Locale.ROOT,
                        "a file name holds the control character U+%04X; rename the file", Integer.parseInt(controlByte.group(1), 16)));
            }
            if (message.contains("header")) {
                return badRequest("a part's header is malformed");
            }
        }
        return badRequest("its parts cannot be told apart");
    }

    private static ApiError badRequest(String why) {
        return new ApiError(HttpStatus.BAD_REQUEST, "the upload is not readable multipart/form-data: " + why);
    }
}
