package org.restwise.app.squad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.app.MovableClock;
import org.restwise.app.access.AccessRefused;
import org.restwise.app.access.Journals;
import org.restwise.app.access.Requester;
import org.restwise.app.auth.Accounts;
import org.restwise.app.journal.CheckInRecorder;
import org.restwise.core.access.Account;
import org.restwise.core.access.Role;
import org.restwise.core.access.Squad;
import org.restwise.core.activity.SessionType;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TrainingBlock;
import org.restwise.core.journal.LoggedSession;
import org.restwise.store.JournalStore;

class SquadMorningTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock MORNING = Clock.fixed(Instant.parse("2026-11-29T06:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private JournalStore store;
    private Accounts accounts;
    private Squads squads;
    private Requester coach;
    private Squad squad;

    @BeforeEach
    void aCoachWithASquad() {
        store = JournalStore.open("jdbc:sqlite:" + dir.resolve("journal.db"));
        accounts = new Accounts(store, MORNING);
        squads = new Squads(store, MORNING);
        coach = new Requester.SignedIn(accounts.create("coach@example.org", "$argon2id$x", EnumSet.of(Role.COACH), false).account());
        squad = squads.create(coach, "Hills");
    }

    private Requester member(String email) {
        Account account = accounts.create(email, "$argon2id$x", EnumSet.of(Role.ATHLETE), false).account();
        Requester athlete = new Requester.SignedIn(account);
        squads.accept(athlete, squads.invite(coach, squad.id()).code());
        return athlete;
    }

    private void checkIn(Requester athlete, Signals signals) {
        checkIn(athlete, Context.UNKNOWN, signals);
    }

    private void checkIn(Requester athlete, Context context, Signals signals) {
        new CheckInRecorder().record(new Journals(store).own(athlete),
                new CheckIn(TODAY, AthleteProfile.UNKNOWN, context, signals), TODAY.atTime(6, 30));
    }

    private void run(Requester athlete, LocalDate date, int minutes, int rpe) {
        new Journals(store).own(athlete).write(j -> j.sessions().add(new LoggedSession(date, Optional.empty(),
                Optional.of(SessionType.EASY), minutes, Optional.of(rpe), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty())));
    }

    @Test
    void theCoachSeesWhoseBodyIsOutsideTheirOwnNormalThisMorning() {
        Requester steady = member("steady@example.org");
        Requester strained = member("strained@example.org");
        for (Requester athlete : java.util.List.of(steady, strained)) {
            for (int ago = 30; ago >= 1; ago--) {
                LocalDate date = TODAY.minusDays(ago);
                new CheckInRecorder().record(new Journals(store).own(athlete),
                        new CheckIn(date, AthleteProfile.UNKNOWN, Context.UNKNOWN, Signals.builder().soreness(1).build()),
                        new org.restwise.app.journal.BodyByHand(Optional.empty(), Optional.of(44 + ago % 3), Optional.empty()),
                        TODAY.atTime(6, 30));
            }
        }
        for (var pair : java.util.Map.of(steady, 45, strained, 57).entrySet()) {
            new CheckInRecorder().record(new Journals(store).own(pair.getKey()),
                    new CheckIn(TODAY, AthleteProfile.UNKNOWN, Context.UNKNOWN, Signals.builder().soreness(1).build()),
                    new org.restwise.app.journal.BodyByHand(Optional.empty(), Optional.of(pair.getValue()), Optional.empty()),
                    TODAY.atTime(6, 30));
        }

        var rows = new SquadMorning(store, MORNING).today(coach, squad.id()).rows();

        var byEmail = new java.util.HashMap<String, MorningRow>();
        rows.forEach(r -> byEmail.put(r.member().email(), r));
        assertThat(byEmail.get("steady@example.org").outsideNormal()).isEmpty();
        assertThat(byEmail.get("strained@example.org").outsideNormal()).singleElement()
                .satisfies(r -> assertThat(r.words()).startsWith("Resting heart rate 57 bpm this morning"));
    }

    @Test
    void theMorningPutsReassessAndRedFlagsFirstThenRestThenSilenceThenLoadSpikesThenMoveAndTrain() {
        Requester train = member("train@example.org");
        checkIn(train, Signals.builder().build());
        Requester move = member("move@example.org");
        checkIn(move, Signals.builder().soreness(5).heavyLegs(true).stiffness(true).build());
        Requester spike = member("spike@example.org");
        for (int day = 40; day >= 8; day -= 4) {
            run(spike, TODAY.minusDays(day), 30, 3);
        }
        for (int day = 6; day >= 0; day--) {
            run(spike, TODAY.minusDays(day), 120, 7);
        }
        // Told "a normal week", the engine clears the athlete; the coach still sees the jump in load.
        checkIn(spike, new Context(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(TrainingBlock.NORMAL),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), Signals.builder().build());
        member("silent@example.org");
        Requester rest = member("rest@example.org");
        checkIn(rest, Signals.builder().ill(true).build());
        Requester reassess = member("reassess@example.org");
        checkIn(reassess, Signals.builder().sharpPain(true).build());

        List<MorningRow> rows = new SquadMorning(store, MORNING).today(coach, squad.id()).rows();

        assertThat(rows).extracting(r -> r.member().email()).containsExactly("reassess@example.org", "rest@example.org",
                "silent@example.org", "spike@example.org", "move@example.org", "train@example.org");
        assertThat(rows).extracting(MorningRow::urgency).containsExactly(Urgency.REASSESS_OR_RED_FLAG, Urgency.REST,
                Urgency.NO_CHECK_IN, Urgency.LOAD_SPIKE, Urgency.MOVE, Urgency.TRAIN);
        MorningRow spiking = rows.get(3);
        assertThat(spiking.acwr().ratio().orElse(0)).isGreaterThan(1.5);
        assertThat(spiking.lastSession()).hasValueSatisfying(s -> assertThat(s.date()).isEqualTo(TODAY));
        assertThat(rows.get(2).lastCheckIn()).isEmpty();
        assertThat(rows.get(0).fortnight()).hasSize(SquadMorning.FORTNIGHT);
        assertThat(rows.get(0).fortnight().get(SquadMorning.FORTNIGHT - 1)).isPresent();
    }

    @Test
    void aMorningKeptForReuseStillShowsEveryChangeMadeSinceThroughAnyServer() {
        Requester ann = member("ann@example.org");
        MovableClock clock = new MovableClock(MORNING.instant());
        SquadMorning here = new SquadMorning(store, clock);
        // A second server on the same journal: its writes reach this one only through the database.
        JournalStore elsewhere = JournalStore.open("jdbc:sqlite:" + dir.resolve("journal.db"));
        assertThat(here.today(coach, squad.id()).rows()).extracting(MorningRow::urgency).containsExactly(Urgency.NO_CHECK_IN);

        new CheckInRecorder().record(new Journals(elsewhere).own(ann),
                new CheckIn(TODAY, AthleteProfile.UNKNOWN, Context.UNKNOWN, Signals.builder().sharpPain(true).build()),
                TODAY.atTime(6, 30));
        assertThat(here.today(coach, squad.id()).rows()).extracting(MorningRow::urgency)
                .containsExactly(Urgency.REASSESS_OR_RED_FLAG);

        new Journals(elsewhere).own(ann).write(j -> j.sessions().add(new LoggedSession(TODAY, Optional.empty(),
                Optional.of(SessionType.EASY), 40, Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty())));
        assertThat(here.today(coach, squad.id()).rows().get(0).lastSession()).isPresent();

        Requester ben = member("ben@example.org");
        assertThat(here.today(coach, squad.id()).rows()).hasSize(2);
        squads.leave(ben, squad.id());
        assertThat(here.today(coach, squad.id()).rows()).extracting(r -> r.member().email()).containsExactly("ann@example.org");

        clock.set(MORNING.instant().plus(java.time.Duration.ofDays(1)));
        assertThat(here.today(coach, squad.id()).rows()).extracting(MorningRow::urgency).containsExactly(Urgency.NO_CHECK_IN);
    }

    @Test
    void anotherCoachAndTheAthletesThemselvesCannotOpenTheSquad() {
        Requester athlete = member("ann@example.org");
        Requester otherCoach = new Requester.SignedIn(accounts.create("other@example.org", "$argon2id$x",
                EnumSet.of(Role.COACH), false).account());
        SquadMorning morning = new SquadMorning(store, MORNING);

        assertThatThrownBy(() -> morning.today(otherCoach, squad.id())).isInstanceOf(AccessRefused.class)
                .hasMessage("squad " + squad.id() + " not found");
        assertThatThrownBy(() -> morning.today(athlete, squad.id())).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> squads.invite(otherCoach, squad.id())).isInstanceOf(AccessRefused.class);
    }
}
