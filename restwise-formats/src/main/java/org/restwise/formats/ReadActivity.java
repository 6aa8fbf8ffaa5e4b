package org.restwise.formats;

import java.util.Objects;
import org.restwise.core.activity.MeasuredActivity;

/**
 * An activity as measured while it was read, and where it came from.
 *
 * @param source a file path, or {@code archive.zip!path/inside} for an archive entry
 */
public record ReadActivity(String source, ActivityFormat format, MeasuredActivity activity) {

    public ReadActivity {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(activity, "activity");
    }
}
