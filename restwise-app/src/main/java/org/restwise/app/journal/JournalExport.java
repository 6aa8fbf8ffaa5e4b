package org.restwise.app.journal;

import org.restwise.app.access.AthleteJournal;
import org.restwise.app.json.Json;
import org.restwise.app.json.JournalExportJson;

/** An athlete's whole journal as one backup document: what `restwise export` writes and the account page downloads. */
public final class JournalExport {

    private JournalExport() {
    }

    /** Read in one handle: the document is one consistent picture even if someone writes meanwhile. */
    public static String document(AthleteJournal journal) {
        return journal.read(j -> Json.pretty(JournalExportJson.write(
                j.profile().find(), j.checkIns().all(), j.sessions().all(), j.activities().recordsBySession(), j.notes().all()))) + "\n";
    }
}
