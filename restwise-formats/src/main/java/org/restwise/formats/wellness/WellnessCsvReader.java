package org.restwise.formats.wellness;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.restwise.core.body.WellnessDay;

/**
 * An app's wellness CSV, read by the column names the app documents: HRV4Training's export,
 * intervals.icu's wellness table, WHOOP's {@code physiological_cycles.csv}, Oura's sleep data. Unknown
 * columns are ignored; a missing required column is named; a value that is not what its column holds
 * is refused with its line and column. Rows stream through: memory does not grow with the file.
 */
public final class WellnessCsvReader implements WellnessReader {

    private final CsvDialect dialect;

    private WellnessCsvReader(CsvDialect dialect) {
        this.dialect = dialect;
    }

    public static WellnessCsvReader hrv4Training() {
        return new WellnessCsvReader(new Hrv4TrainingColumns());
    }

    public static WellnessCsvReader intervalsIcu() {
        return new WellnessCsvReader(new IntervalsIcuColumns());
    }

    public static WellnessCsvReader whoop() {
        return new WellnessCsvReader(new WhoopColumns());
    }

    public static WellnessCsvReader oura() {
        return new WellnessCsvReader(new OuraColumns());
    }

    @Override
    public void read(InputStream in, String source, Consumer<WellnessDay> sink) throws UnreadableWellnessException {
        CsvTable table = new CsvTable(in, source);
        table.require(dialect.required(), dialect.app());
        int days = 0;
        for (CsvRow row = table.next(); row != null; row = table.next()) {
            Optional<WellnessDay> day = dialect.day(row);
            if (day.isPresent() && !day.get().isEmpty()) {
                sink.accept(day.get());
                days++;
            }
        }
        if (days == 0) {
            throw new UnreadableWellnessException(source, "The " + dialect.app() + " file has no row with an HRV,"
                    + " resting heart rate or sleep value.");
        }
    }
}
