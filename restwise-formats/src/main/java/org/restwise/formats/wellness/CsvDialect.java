package org.restwise.formats.wellness;

import java.util.Optional;
import java.util.Set;
import org.restwise.core.body.WellnessDay;

/** How one app's CSV names its columns, and what a row of it says about a day. */
interface CsvDialect {

    /** The app, as the runner knows it, for error messages. */
    String app();

    /** Columns every file of the app has; the header must have them all. */
    Set<String> required();

    /** The row's day, or empty when the row holds nothing Restwise takes. */
    Optional<WellnessDay> day(CsvRow row) throws UnreadableWellnessException;
}
