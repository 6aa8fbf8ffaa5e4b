package org.restwise.app.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.restwise.app.journal.BodyTimeline;
import org.restwise.app.json.BodyJson;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.WellnessSource;

/**
 * What the Body page shows: this morning's readings against the runner's normal, the weeks drawn as
 * charts (from {@code chartJson}, numbers only), and the last fortnight as a table a screen reader
 * can walk, each value with where it came from.
 *
 * @param whose   "Your", or the athlete's name with its possessive, for a coach
 * @param own     the runner's own page (else a coach reading it)
 * @param rows    the most recent days first
 */
public record BodyView(String whose, boolean own, BodyTimeline.Timeline timeline, List<BodyJson.Reading> today,
                       String chartJson, List<Row> rows) {

    /** Days the table lists. */
    static final int TABLE_DAYS = 14;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** One day of the table, each cell in words ("—" where nothing was recorded). */
    public record Row(LocalDate date, String decision, String hrv, String resting, String sleep, String jump) {
        public String day() {
            return DAY.format(date);
        }
    }

    static BodyView of(String whose, boolean own, BodyTimeline.Timeline timeline, String chartJson) {
        List<Row> rows = new ArrayList<>();
        List<BodyTimeline.Day> days = timeline.days();
        for (int i = days.size() - 1; i >= 0 && rows.size() < TABLE_DAYS; i--) {
            BodyTimeline.Day d = days.get(i);
            rows.add(new Row(d.date(),
                    d.decision().map(x -> x.name().charAt(0) + x.name().substring(1).toLowerCase(Locale.ROOT)).orElse("—"),
                    d.rmssdMs().map(ms -> oneDecimal(ms) + " ms" + from(d.hrvSource())).orElse("—"),
                    d.restingBpm().map(bpm -> Math.round(bpm) + " bpm" + from(d.restingSource())).orElse("—"),
                    d.sleepHours().map(h -> oneDecimal(h) + " h" + from(d.sleepSource())).orElse("—"),
                    d.jumpCm().map(cm -> timeline.units().height(cm)).orElse("—")));
        }
        return new BodyView(whose, own, timeline, BodyJson.readings(timeline.today()), chartJson, rows);
    }

    public boolean anything() {
        return timeline.readingDays() > 0;
    }

    /** Which HRV the chart follows, in words. */
    public String hrvWindow() {
        return timeline.hrvWindow().map(w -> w == HrvWindow.MORNING ? "morning recordings"
                : w == HrvWindow.OVERNIGHT ? "overnight averages" : "readings of an unstated kind").orElse("");
    }

    public long weeks() {
        return Math.round(timeline.days().size() / 7.0);
    }

    private static String from(Optional<WellnessSource> source) {
        return source.map(s -> " (" + SourceWords.of(s) + ")").orElse("");
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
