package org.restwise.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.restwise.app.cli.Questionnaire;
import org.restwise.app.json.CheckInJson;
import org.restwise.app.json.InputFieldException;
import org.restwise.core.advice.AdviceEngine;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.TenMinuteTest;

/**
 * The Today page: the check-in form, the decision card it produces, and the ten-minute test that
 * re-decides. Stateless: the answers travel with the follow-up form, so nothing is stored here.
 */
final class TodayPage {

    private final AdviceEngine engine;
    private final Clock clock;
    private final Pages pages;

    TodayPage(AdviceEngine engine, Clock clock, Pages pages) {
        this.engine = engine;
        this.clock = clock;
        this.pages = pages;
    }

    void show(Context ctx) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("signals.soreness", "0");
        defaults.put("context.timeOfDay", Questionnaire.timeOfDay(LocalTime.now(clock)).toUpperCase().replace('-', '_'));
        render(ctx, TodayView.blank(defaults));
    }

    void checkIn(Context ctx) {
        Map<String, String> values = CheckInForm.values(ctx.formParamMap());
        try {
            decide(ctx, values, CheckInForm.toJson(values));
        } catch (InputFieldException e) {
            render(ctx, TodayView.refused(values, e));
        }
    }

    /** The follow-up buttons: the same answers, plus what ten easy minutes did. */
    void tenMinuteTest(Context ctx) {
        ObjectNode checkIn = CheckInJson.readObject(ctx.formParamAsClass("checkIn", String.class).getOrDefault("{}"));
        String result = ctx.formParamAsClass("tenMinuteTest", String.class).getOrDefault(TenMinuteTest.NOT_DONE.name());
        checkIn.withObjectProperty("signals").put("tenMinuteTest", result);
        Map<String, String> values = CheckInForm.values(checkIn);
        try {
            decide(ctx, values, checkIn);
        } catch (InputFieldException e) {
            render(ctx, TodayView.refused(values, e));
        }
    }

    private void decide(Context ctx, Map<String, String> values, ObjectNode checkIn) {
        CheckIn parsed = CheckInJson.fromTree(checkIn, LocalDate.now(clock));
        render(ctx, TodayView.decided(values, new AdviceView(engine.advise(parsed), parsed.signals().tenMinuteTest()),
                checkIn.toString()));
    }

    private void render(Context ctx, TodayView view) {
        pages.render(ctx, Pages.isHtmx(ctx) ? "today_section.jte" : "today.jte", view);
    }
}
