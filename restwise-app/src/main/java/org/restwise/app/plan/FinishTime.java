package org.restwise.app.plan;

import java.time.Duration;
import java.util.Optional;
import org.restwise.app.json.InputFieldException;

/** A race finish time as runners write it, hours and minutes ({@code 27:45}); shared by CLI and web. */
public final class FinishTime {

    private FinishTime() {
    }

    /** Empty for a blank text; refuses anything but H:MM, naming {@code field}. */
    public static Optional<Duration> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.strip().split(":");
        try {
            if (parts.length != 2 || Integer.parseInt(parts[1]) > 59 || Integer.parseInt(parts[0]) < 0
                    || Integer.parseInt(parts[1]) < 0) {
                throw new NumberFormatException();
            }
            return Optional.of(Duration.ofHours(Integer.parseInt(parts[0])).plusMinutes(Integer.parseInt(parts[1])));
        } catch (NumberFormatException e) {
            throw new InputFieldException(field, "expected hours and minutes like 27:45, got \"" + text + "\"");
        }
    }
}
