package org.restwise.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.restwise.core.journal.StoredCheckIn;

/** One stored check-in as {@code history --json} and {@code GET /api/check-ins} list it. */
public final class HistoryJson {

    private HistoryJson() {
    }

    public static ObjectNode row(StoredCheckIn c) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("date", c.checkIn().date().toString());
        json.put("checkInId", c.id());
        json.put("decision", c.decision().name());
        json.put("state", c.state().name());
        ArrayNode flags = json.putArray("redFlags");
        c.redFlags().forEach(f -> flags.add(f.name()));
        json.put("soreness", c.checkIn().signals().soreness());
        json.put("sleepHours", c.checkIn().signals().sleepHours().orElse(null));
        return json;
    }
}
