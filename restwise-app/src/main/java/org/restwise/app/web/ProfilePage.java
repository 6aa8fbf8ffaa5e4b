package org.restwise.app.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.json.ProfileJson;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.app.access.Journals;
import org.restwise.app.journal.ProfileUpdate;

/**
 * The Profile page. The form is the profile document ({@code profile show --json}, {@code PUT
 * /api/profile}), read by the same strict reader, so it refuses exactly what {@code profile set} does.
 */
public final class ProfilePage {

    static final List<String> FIELDS = List.of("name", "sex", "units", "maxHeartRate", "restingHeartRate",
            "lactateThresholdHeartRate", "usualDomsDays");
    private static final List<String> WHOLE_NUMBERS = FIELDS.subList(3, FIELDS.size());

    /** The profile page's model: the form, and whether it was just saved. */
    /** @param retype after a save, how many imported sessions would now read as another type, in words */
    public record View(Form form, boolean saved, java.util.Optional<String> retype) {
    }

    private final Journals journals;
    private final Pages pages;

    ProfilePage(Journals journals, Pages pages) {
        this.journals = journals;
        this.pages = pages;
    }

    void show(Context ctx) {
        RunnerProfile profile = Asking.ownJournal(journals, ctx).read(j -> j.profile().find()).orElse(RunnerProfile.EMPTY);
        Map<String, String> values = new LinkedHashMap<>();
        ProfileJson.write(profile).properties().forEach(field -> {
            if (!field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().asText());
            }
        });
        long types = parseCount(ctx.queryParam("retype"));
        pages.render(ctx, "profile.jte", new View(Form.of(values), ctx.queryParam("saved") != null, ProfileUpdate.retypeHint(types)));
    }

    void save(Context ctx) {
        Form form = Form.of(Form.read(ctx.formParamMap(), FIELDS));
        try {
            Form.requireOnce(ctx.formParamMap(), FIELDS);
            RunnerProfile profile = ProfileJson.fromTree(json(form.values()), "");
            long types = Asking.ownJournal(journals, ctx).write(j -> ProfileUpdate.save(j, profile));
            ctx.redirect("/profile?saved" + (types > 0 ? "&retype=" + types : ""), HttpStatus.SEE_OTHER);
        } catch (InputFieldException e) {
            pages.render(ctx, "profile.jte", new View(form.refused(e, FIELDS), false, java.util.Optional.empty()));
        }
    }

    /** The redirect's count; anything else in the query shows nothing. */
    private static long parseCount(String text) {
        return text != null && text.matches("\\d{1,6}") ? Long.parseLong(text) : 0;
    }

    private static ObjectNode json(Map<String, String> values) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        values.forEach((name, text) -> {
            if (WHOLE_NUMBERS.contains(name)) {
                json.put(name, CheckInForm.number(name, text, true));
            } else {
                json.put(name, text);
            }
        });
        return json;
    }
}
