package org.restwise.formats.wellness;

import java.io.InputStream;
import java.util.function.Consumer;
import org.restwise.core.body.WellnessDay;

/**
 * Reads one kind of device or app file into days. Days go to the sink as soon as they are complete;
 * a file may give the same date more than once (sleep and HRV from different parts of it), and the
 * sink merges them ({@link org.restwise.core.body.WellnessDays}). A file that gives no day at all is
 * refused, so "read" always means something was taken.
 */
public interface WellnessReader {

    void read(InputStream in, String source, Consumer<WellnessDay> sink) throws UnreadableWellnessException;
}
