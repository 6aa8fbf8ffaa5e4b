package org.restwise.core.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.restwise.core.checkin.TrainingBlock;
import org.restwise.core.load.Acwr;
import org.restwise.core.load.AcwrMethod;
import org.restwise.core.load.DailyLoad;
import org.restwise.core.load.JournalLoad;
import org.restwise.core.load.LoadSpike;
import org.restwise.core.load.Monotony;

/**
 * What the logged training load says about a check-in's context: a load spike makes the training
 * block a shock microcycle, and weeks of high strain count as weeks of persistent fatigue when the
 * check-in shows fatigue. Both are flags read from a model, worded with the method and its limits.
 */
final class LoadDerivation {

    /** The ACWR method the derivation uses: the default, whose acute week is not inside its baseline. */
    static final AcwrMethod METHOD = AcwrMethod.UNCOUPLED;

    /**
     * Days with a logged session, of the 28 the ratio reads, before an ACWR spike counts: two a week.
     * Ours: a journal that holds only races and long runs would otherwise spike on every race.
     */
    static final int ACWR_MIN_LOGGED_DAYS = 8;

    /**
     * Days since the first logged session before a week's monotony counts: the whole week must lie
     * inside the journal, or days before the runner started logging would pass for rest days.
     */
    static final int MONOTONY_MIN_HISTORY_DAYS = Monotony.WEEK_DAYS;

    /** How many weeks back high strain is counted; beyond this the count says "at least". */
    static final int MAX_STRAIN_WEEKS = 12;

    /**
     * A monotonous week names a shock microcycle only when it is also heavier than usual. Ours: the
     * same easy hour every day is monotonous by Foster's formula, yet it is a routine, not a shock;
     * it still counts toward high-strain weeks for overreaching.
     */
    static final double MONOTONOUS_SPIKE_MIN_ACWR = 1.2;

    static final String CAVEAT = "ACWR flags a quick change in load; it does not predict injury"
            + " (Gabbett 2016, doi:10.1136/bjsports-2015-095788; Impellizzeri et al. 2020, doi:10.1123/ijspp.2019-0864)";

    /** A derived training block and where it came from. */
    record Block(Optional<TrainingBlock> block, Provenance provenance) {
    }

    private LoadDerivation() {
    }

    static DailyLoad load(List<LoggedSession> sessions) {
        return JournalLoad.of(sessions, RunnerProfile.EMPTY).load();
    }

    static Block trainingBlock(DailyLoad load, LocalDate day) {
        long history = load.daysOfHistory(day);
        if (history < MONOTONY_MIN_HISTORY_DAYS) {
            return new Block(Optional.empty(), Provenance.unknown("not given; the journal holds " + history
                    + " day(s) of sessions, and a load spike needs " + MONOTONY_MIN_HISTORY_DAYS
                    + " for monotony and " + Acwr.MIN_HISTORY_DAYS + " for ACWR"));
        }
        LoadSpike spike = LoadSpike.assess(load, day, METHOD);
        Acwr acwr = spike.acwr();
        boolean ratioUp = spike.acuteFarAboveChronic() && acwr.daysWithData() >= ACWR_MIN_LOGGED_DAYS;
        boolean monotonous = spike.highMonotony() && acwr.ratio().isPresent()
                && acwr.ratio().getAsDouble() >= MONOTONOUS_SPIKE_MIN_ACWR;
        String figures = figures(spike);
        if (!ratioUp && !monotonous) {
            return new Block(Optional.empty(), Provenance.unknown("not given; no load spike in the journal: " + figures));
        }
        List<String> flags = new ArrayList<>();
        if (ratioUp) {
            flags.add("acute load is " + two(acwr.ratio().getAsDouble()) + " times chronic, at or above "
                    + LoadSpike.ACWR_SPIKE);
        }
        if (monotonous) {
            flags.add("the last 7 days' monotony is " + monotonyText(spike.monotony()) + ", at or above "
                    + LoadSpike.MONOTONY_HIGH + " (Foster 1998), in a week heavier than usual (ACWR at least "
                    + MONOTONOUS_SPIKE_MIN_ACWR + ")");
        }
        return new Block(Optional.of(TrainingBlock.SHOCK_MICROCYCLE), Provenance.derived("load spike in the journal: "
                + String.join(" and ", flags) + ". " + figures + ". " + CAVEAT
                + "; tell Restwise your block if you know it better"));
    }

    /** The figures behind the flags, with the method and how much data they rest on. */
    private static String figures(LoadSpike spike) {
        Acwr acwr = spike.acwr();
        String ratio = acwr.ratio().isPresent()
                ? "ACWR " + two(acwr.ratio().getAsDouble())
                : "no ACWR yet (needs " + Acwr.MIN_HISTORY_DAYS + " days of history)";
        return ratio + " by " + METHOD.description() + ", from session-RPE (RPE × minutes; an RPE assumed by session"
                + " type where none was logged), sessions on " + acwr.daysWithData() + " of the last "
                + Acwr.MIN_HISTORY_DAYS + " days (" + ACWR_MIN_LOGGED_DAYS + " needed for the ACWR flag); monotony "
                + monotonyText(spike.monotony());
    }

    /**
     * Consecutive 7-day blocks, counting back from {@code day}, of high strain: Foster's monotony
     * at {@link LoadSpike#MONOTONY_HIGH} or above (or identical loads every day), which is the same
     * as strain (weekly load × monotony) at least twice the week's load. Only weeks wholly inside
     * the journal count. Foster's absolute strain thresholds were individual, so the rule is
     * relative to the week itself.
     */
    static int highStrainWeeks(DailyLoad load, LocalDate day) {
        int weeks = 0;
        while (weeks < MAX_STRAIN_WEEKS) {
            LocalDate weekEnd = day.minusDays(7L * weeks);
            if (load.daysOfHistory(weekEnd) < Monotony.WEEK_DAYS) {
                break;
            }
            Monotony week = Monotony.weekEnding(load, weekEnd);
            boolean high = week.identicalDays()
                    || week.monotony().orElse(0) >= LoadSpike.MONOTONY_HIGH;
            if (!high) {
                break;
            }
            weeks++;
        }
        return weeks;
    }

    private static String monotonyText(Monotony monotony) {
        if (monotony.identicalDays()) {
            return "undefined: the same load every day (maximally monotonous)";
        }
        return monotony.monotony().isPresent() ? two(monotony.monotony().getAsDouble()) : "undefined (no load)";
    }

    private static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
