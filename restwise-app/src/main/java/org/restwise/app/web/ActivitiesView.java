package org.restwise.app.web;

import org.restwise.app.json.WellnessWords;

import java.util.List;
import java.util.Optional;
import org.restwise.app.journal.ImportSummary;

/**
 * The Activities page: the upload form, what the last upload did, and the activities imported.
 *
 * @param maxUploadBytes the largest upload the server takes, checked in the browser before sending
 * @param summary what the upload just posted did, when the page answers one
 * @param activities newest first
 * @param type the session type the list is narrowed to ({@code ""} for all)
 * @param retyped what reading the types again just did, when the page answers that
 */
public record ActivitiesView(long maxUploadBytes, Optional<Summary> summary, List<ActivityRow> activities,
        Optional<Month> month, String type, Optional<Retyped> retyped) {

    /** The outcome of reading the types again, in words, and each session that reads differently now. */
    public record Retyped(String summary, List<Line> changes) {
    }

    /**
     * The month listed, with links to the months around it and the weekly totals in it.
     *
     * @param label "November 2026"
     * @param value the month itself, as {@code YYYY-MM}
     * @param previous the month before, as {@code YYYY-MM}
     * @param next the month after, if it has come
     */
    public record Month(String label, String value, String previous, Optional<String> next, List<Week> weeks) {
    }

    /** One week's totals of the activities listed, in the runner's units. */
    public record Week(String label, int activities, String distance, String time, String ascent) {
    }

    /** One line of the summary: the file, the activity it is (0 for none), and what became of it. */
    public record Line(String file, long activityId, String text) {
    }

    /** What an upload did, each file with its outcome; a skip always carries its reason. */
    public record Summary(List<Line> imported, List<Line> alreadyThere, List<Line> skipped, List<Line> body) {

        static Summary of(ImportSummary s) {
            return new Summary(
                    s.imported().stream().map(i -> new Line(i.source(), i.sessionId(),
                            JournalPage.typeLabel(i.session().typeName()) + ": " + i.inferred().reason())).toList(),
                    s.alreadyThere().stream().map(a -> new Line(a.source(), a.sessionId(),
                            a.sameAs().equals(a.source()) ? "already in your journal" : "already in your journal, from " + a.sameAs()))
                            .toList(),
                    s.skipped().stream().map(k -> new Line(k.source(), 0, k.reason())).toList(),
                    s.body().stream().map(k -> new Line(k.source(), 0, WellnessWords.format(k.format()) + ": "
                            + (k.days() == 1 ? "1 day, " + k.first() : k.days() + " days, " + k.first() + " to " + k.last())
                            + "; " + k.added() + " new, " + k.replaced() + " replaced, " + k.unchanged() + " already there")).toList());
        }

        public String headline() {
            if (imported.isEmpty() && alreadyThere.isEmpty() && !body.isEmpty()) {
                return "Body readings from " + body.size() + (body.size() == 1 ? " file" : " files") + ", skipped " + skipped.size();
            }
            return "Imported " + imported.size() + ", already there " + alreadyThere.size() + ", skipped " + skipped.size();
        }
    }

    static ActivitiesView of(long maxUploadBytes, Optional<ImportSummary> summary, List<ActivityRow> activities,
            Optional<Month> month, String type, Optional<Retyped> retyped) {
        return new ActivitiesView(maxUploadBytes, summary.map(Summary::of), activities, month, type, retyped);
    }

    /** The filter's choices: every session type, after "all". */
    public List<Choices.Option> typeChoices() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(new Choices.Option("", "All types")),
                Choices.SESSION_TYPE.stream()).toList();
    }

    /** The month's query parameter for the filter form and the month links; "" when no month is shown. */
    public String monthValue() {
        return month.map(Month::value).orElse("");
    }

    public String maxUpload() {
        return ActivityUploads.mebibytes(maxUploadBytes);
    }
}
