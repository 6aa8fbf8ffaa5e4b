package org.restwise.app.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
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

    private static final Set<String> FIELDS = Set.of("name", "sex", "units", "maxHeartRate", "restingHeartRate",
            "lactateThresholdHeartRate", "usualDomsDays");

    /** A profile being entered now: heart rates that contradict each other are refused, naming the field. */
    public static RunnerProfile fromTree(ObjectNode json, String path) {
        return read(json, path, true);
    }

    /** A profile from a backup, its heart rates taken as they were stored. */
    public static RunnerProfile fromBackup(ObjectNode json, String path) {
        return read(json, path, false);
    }

    private static RunnerProfile read(ObjectNode json, String path, boolean entering) {
        Fields f = new Fields(json, path, FIELDS);
        try {
            return f.build(() -> {
                AthleteProfile athlete = new AthleteProfile(f.integer("maxHeartRate"), f.integer("restingHeartRate"),
                        f.integer("lactateThresholdHeartRate"), f.integer("usualDomsDays"));
                return new RunnerProfile(PlainText.require(f.pathOf("name"), f.text("name")),
                        f.enumeration("sex", RunnerProfile.Sex.class),
                        f.enumeration("units", RunnerProfile.Units.class).orElse(RunnerProfile.Units.METRIC),
                        entering ? athlete.requireConsistentHeartRates() : athlete);
            });
        } catch (InputFieldException e) {
            // AthleteProfile names its fields as a check-in spells them (athlete.maxHeartRate); a
            // profile holds them at its top level.
            String field = e.field().orElse("");
            if (field.startsWith("athlete.")) {
                throw new InputFieldException(f.pathOf(field.substring("athlete.".length())),
                        e.problem().replace("athlete.", ""));
            }
            throw e;
        }
    }
}
