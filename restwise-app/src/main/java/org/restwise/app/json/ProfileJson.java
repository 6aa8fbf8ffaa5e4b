package org.restwise.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.journal.RunnerProfile;

/** The runner profile as {@code profile show --json} and the export write it. */
public final class ProfileJson {

    private ProfileJson() {
    }

    public static ObjectNode write(RunnerProfile p) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("name", p.name().orElse(null));
        json.put("sex", p.sex().map(Enum::name).orElse(null));
        json.put("units", p.units().name());
        json.put("maxHeartRate", p.athlete().maxHeartRate().orElse(null));
        json.put("restingHeartRate", p.athlete().restingHeartRate().orElse(null));
        json.put("lactateThresholdHeartRate", p.athlete().lactateThresholdHeartRate().orElse(null));
        json.put("usualDomsDays", p.athlete().usualDomsDays().orElse(null));
        return json;
    }

    public static RunnerProfile parse(JsonNode node, String path) {
        StrictObject o = new StrictObject(node, path);
        Optional<String> name = o.optionalText("name");
        Optional<RunnerProfile.Sex> sex = o.optionalEnum("sex", RunnerProfile.Sex.class);
        RunnerProfile.Units units = o.optionalEnum("units", RunnerProfile.Units.class).orElse(RunnerProfile.Units.METRIC);
        AthleteProfile athlete = new AthleteProfile(o.optionalInt("maxHeartRate"), o.optionalInt("restingHeartRate"),
                o.optionalInt("lactateThresholdHeartRate"), o.optionalInt("usualDomsDays"));
        o.rejectUnknownFields();
        return new RunnerProfile(name, sex, units, athlete);
    }
}
