package org.restwise.app.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.restwise.app.access.AthleteJournal;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessDays;
import org.restwise.formats.wellness.WellnessFormat;
import org.restwise.formats.wellness.WellnessOutcome;
import org.restwise.store.BodyReadingRepository;

/**
 * Keeps the days a wellness file gave in the athlete's journal, each signal by source precedence,
 * so importing a file again, or another export of the same days, changes nothing. A file's days go
 * in transactions of {@value #DAYS_PER_TRANSACTION}: an interrupted import of years of Apple Health
 * keeps what it finished.
 */
public final class BodyImporter {

    static final int DAYS_PER_TRANSACTION = 500;

    /**
     * What one file gave.
     *
     * @param days      the days it held a reading for
     * @param added     day-and-signal readings new to the journal
     * @param replaced  stored readings it replaced (a higher-ranking source, or the same one correcting itself)
     * @param unchanged readings it offered that changed nothing
     */
    public record Kept(String source, WellnessFormat format, int days, LocalDate first, LocalDate last,
                       int added, int replaced, int unchanged) {
    }

    private final AthleteJournal store;
    private final Clock clock;

    public BodyImporter(AthleteJournal store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Keeps a file's days; a file that gave none is a skip with its reason. */
    public void importOne(WellnessOutcome outcome, ImportSummary summary) {
        if (outcome instanceof WellnessOutcome.Failed failed) {
            summary.accept(new ActivityImporter.Result.Skipped(failed.source(), failed.reason()));
            return;
        }
        WellnessOutcome.Read read = (WellnessOutcome.Read) outcome;
        WellnessDays merged = new WellnessDays();
        read.days().forEach(merged);
        List<WellnessDay> days = merged.days();
        if (days.isEmpty()) {
            summary.accept(new ActivityImporter.Result.Skipped(read.source(), "The file holds no readings."));
            return;
        }
        BodyReadingRepository.Kept[] total = {BodyReadingRepository.Kept.NOTHING};
        store.writeInTurns(days, DAYS_PER_TRANSACTION, (journal, group) -> {
            for (WellnessDay day : group) {
                total[0] = total[0].plus(journal.bodyReadings().keep(day, clock.instant()));
            }
        });
        Kept kept = new Kept(read.source(), read.format(), days.size(), days.get(0).date(), days.get(days.size() - 1).date(),
                total[0].added(), total[0].replaced(), total[0].kept());
        summary.body(kept);
    }
}
