package org.restwise.app.web;

import org.restwise.app.journal.BodyByHand;
import org.restwise.app.journal.JournalDefaults;
import org.restwise.app.json.BodyJson;
import org.restwise.app.json.FilledIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.restwise.app.cli.Questionnaire;
import org.restwise.app.journal.CheckInRecorder;
import org.restwise.core.access.Role;
import org.restwise.app.json.AdviceJson;
import org.restwise.app.json.CheckInInputJson;
import org.restwise.app.json.CheckInJson;
import org.restwise.app.json.InputFieldException;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.TenMinuteTest;
import org.restwise.app.access.Journals;
import org.restwise.core.journal.SavedCheckIn;

/**
 * The Today page: the check-in form, the decision card it produces, and the ten-minute test that
 * re-decides. Every accepted check-in is stored exactly as {@code check-in --json} stores it (one
 * per date, a later one replacing it), so the page opens on today's stored decision.
 */
final class TodayPage {

    private final Journals journals;
    private final Clock clock;
    private final Pages pages;
    /** What the decision card's buttons send. */
    private static final List<String> TEN_MINUTE_TEST_FIELDS = List.of("checkIn", "tenMinuteTest");

    private final CheckInRecorder recorder = new CheckInRecorder();

    TodayPage(Journals journals, Clock clock, Pages pages) {
        this.journals = journals;
        this.clock = clock;
        this.pages = pages;
    }

    void show(Context ctx) {
        if (journals.ownIfAny(Asking.who(ctx)).isEmpty()) {
            // A coach or admin who keeps no journal has no Today: their morning is their squads'.
            ctx.redirect(AccessGate.account(ctx).filter(a -> a.is(Role.COACH)).isPresent() ? "/squads" : "/account",
                    HttpStatus.SEE_OTHER);
            return;
        }
        Optional<SavedCheckIn> stored = CheckInRecorder.stored(Asking.ownJournal(journals, ctx), LocalDate.now(clock));
        if (stored.isPresent()) {
            ObjectNode given = CheckInInputJson.write(stored.get().entry().checkIn());
            ObjectNode output = AdviceJson.tree(stored.get().adviceJson());
            AdviceView advice = new AdviceView(AdviceJson.read(stored.get().adviceJson()),
                    stored.get().entry().checkIn().signals().tenMinuteTest());
            BodyByHand typed = CheckInRecorder.typedOn(Asking.ownJournal(journals, ctx), LocalDate.now(clock));
            BodyJson.putTyped(given, typed);
            render(ctx, TodayView.decided(CheckInForm.values(given), advice, given.toString(), FilledIn.lines(output, Choices::lastSessionLabel),
                    BodyJson.fromOutput(output)));
            return;
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("signals.soreness", "0");
        defaults.put("context.timeOfDay", Questionnaire.timeOfDay(LocalTime.now(clock)).toUpperCase().replace('-', '_'));
        // The value the decision will use: the journal only ever adds short nights to what is typed.
        int shortNights = JournalDefaults.before(Asking.ownJournal(journals, ctx), LocalDate.now(clock),
                LocalDateTime.now(clock)).earlierShortNights();
        if (shortNights > 0) {
            defaults.put("signals.shortSleepNights", Integer.toString(shortNights));
        }
        render(ctx, TodayView.blank(defaults));
    }

    void checkIn(Context ctx) {
        Map<String, String> values = CheckInForm.values(ctx.formParamMap());
        try {
            CheckInForm.requireOnce(ctx.formParamMap());
            decide(ctx, values, CheckInForm.toJson(values));
        } catch (InputFieldException e) {
            render(ctx, TodayView.refused(values, e));
        }
    }

    /** The follow-up buttons: the same answers, plus what ten easy minutes did; stored in place of the first. */
    void tenMinuteTest(Context ctx) {
        Map<String, String> values = Map.of();
        try {
            Form.requireOnce(ctx.formParamMap(), TEN_MINUTE_TEST_FIELDS);
            ObjectNode checkIn = CheckInJson.readObject(ctx.formParamAsClass("checkIn", String.class).getOrDefault("{}"));
            String result = ctx.formParamAsClass("tenMinuteTest", String.class).getOrDefault(TenMinuteTest.NOT_DONE.name());
            signals(checkIn).put("tenMinuteTest", result);
            values = CheckInForm.values(checkIn);
            decide(ctx, values, checkIn);
        } catch (InputFieldException e) {
            // The buttons carry the check-in the page itself wrote: one they refuse was made elsewhere.
            render(ctx.status(HttpStatus.BAD_REQUEST), TodayView.refused(values, e));
        }
    }

    /** The carried check-in's signals, to add the test's result to; they must be an object if given at all. */
    private static ObjectNode signals(ObjectNode checkIn) {
        JsonNode signals = checkIn.get("signals");
        if (signals != null && !signals.isObject() && !signals.isNull()) {
            throw new InputFieldException("signals", "must be an object, got " + signals.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return checkIn.withObjectProperty("signals");
    }

    private void decide(Context ctx, Map<String, String> values, ObjectNode checkIn) {
        CheckInJson.Entry entry = CheckInJson.entryFromTree(checkIn, LocalDate.now(clock));
        CheckIn given = entry.checkIn();
        CheckInRecorder.Recorded recorded = recorder.record(Asking.ownJournal(journals, ctx), given, entry.body(),
                LocalDateTime.now(clock));
        AdviceView advice = new AdviceView(recorded.advice(), given.signals().tenMinuteTest());
        render(ctx, TodayView.decided(values, advice, checkIn.toString(), FilledIn.lines(recorded.output(), Choices::lastSessionLabel),
                BodyJson.readings(recorded.body())));
    }

    private void render(Context ctx, TodayView view) {
        pages.render(ctx, Pages.isHtmx(ctx) ? "today_section.jte" : "today.jte", view);
    }
}
