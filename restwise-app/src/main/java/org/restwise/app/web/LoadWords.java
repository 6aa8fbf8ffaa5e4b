package org.restwise.app.web;

import java.util.Locale;
import org.restwise.core.load.Acwr;

/** The acute:chronic ratio in words, said the same way on every page: only when it means something. */
final class LoadWords {

    private LoadWords() {
    }

    /**
     * "Load ratio 1.12 …" once there are {@value Acwr#MIN_HISTORY_DAYS} days of history; before
     * that, how far the baseline has come, and no number that could be read as a spike.
     *
     * @param historyDays days from the first logged session to today
     */
    static String ratio(Acwr acwr, long historyDays) {
        if (acwr.ratio().isEmpty()) {
            return "Load ratio: building your baseline, " + Math.min(historyDays, Acwr.MIN_HISTORY_DAYS) + " of "
                    + Acwr.MIN_HISTORY_DAYS + " days";
        }
        return String.format(Locale.ROOT, "Load ratio %.2f: the last 7 days against the last 28, in session-RPE load (AU)",
                acwr.ratio().getAsDouble());
    }
}
