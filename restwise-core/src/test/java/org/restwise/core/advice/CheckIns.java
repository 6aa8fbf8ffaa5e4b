package org.restwise.core.advice;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.restwise.core.activity.SessionType;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TimeOfDay;
import org.restwise.core.checkin.TrainingBlock;

/** Readable check-ins for tests: start from a quiet day and change only what the test is about. */
final class CheckIns {

    static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    static final AthleteProfile RUNNER = new AthleteProfile(Optional.of(185), Optional.of(48), Optional.of(165), Optional.of(2));

    private CheckIns() {
    }

    static CheckIn feeling(UnaryOperator<Signals.Builder> signals) {
        return new CheckIn(DAY, RUNNER, Context.UNKNOWN, signals.apply(Signals.builder()).build());
    }

    static CheckIn after(SessionType session, double hoursAgo, UnaryOperator<Signals.Builder> signals) {
        return feeling(signals).withContext(context(session, hoursAgo));
    }

    static Context context(SessionType session, double hoursAgo) {
        return new Context(Optional.of(session), Optional.of(hoursAgo), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Context nextHardEffortIn(double hours) {
        return new Context(Optional.empty(), Optional.empty(), Optional.of(hours), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Context block(TrainingBlock block) {
        return new Context(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(block),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Context at(TimeOfDay time) {
        return new Context(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(time), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Context history(int domsDays, int recoveriesLeftFlatter, int weeksOfFatigue) {
        return new Context(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(domsDays), Optional.of(recoveriesLeftFlatter), Optional.of(weeksOfFatigue));
    }

    static Advice advise(CheckIn checkIn) {
        return new AdviceEngine().advise(checkIn);
    }
}
