package org.restwise.app.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.restwise.app.journal.ActivityImporter.Result;
import org.restwise.app.journal.ImportSummary;

/** The import summary as {@code import --json} prints it and {@code POST /api/activities} answers it. */
public final class ImportSummaryJson {

    /** What the summary lists for each imported activity. */
    record ImportedJson(long sessionId, String file, String date, String type, String typeReason, String turnedIntoMediumWork) {
    }

    record AlreadyThereJson(String file, long sessionId, String sameAs) {
    }

    record SkippedJson(String file, String reason) {
    }

    /** A wellness file's days, kept by source precedence. */
    record BodyFileJson(String file, String format, int days, String first, String last, int added, int replaced, int unchanged) {
    }

    private ImportSummaryJson() {
    }

    public static Map<String, Object> write(ImportSummary summary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("imported", summary.imported().stream().map(ImportSummaryJson::imported).toList());
        json.put("alreadyThere", summary.alreadyThere().stream()
                .map(a -> new AlreadyThereJson(a.source(), a.sessionId(), a.sameAs())).toList());
        json.put("skipped", summary.skipped().stream().map(s -> new SkippedJson(s.source(), s.reason())).toList());
        json.put("bodyReadings", summary.body().stream().map(k -> new BodyFileJson(k.source(), WellnessWords.format(k.format()),
                k.days(), k.first().toString(), k.last().toString(), k.added(), k.replaced(), k.unchanged())).toList());
        return json;
    }

    private static ImportedJson imported(Result.Imported i) {
        return new ImportedJson(i.sessionId(), i.source(), i.session().date().toString(), i.session().typeName(),
                i.inferred().reason(), i.session().recovery().flatMap(r -> r.mediumWork()).orElse(null));
    }
}
