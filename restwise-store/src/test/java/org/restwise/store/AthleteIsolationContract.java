package org.restwise.store;

import org.restwise.core.activity.StoredActivity;
import org.restwise.core.journal.SessionEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restwise.core.access.Account;
import org.restwise.core.access.AthleteId;
import org.restwise.core.access.Invitation;
import org.restwise.core.access.SquadMembership;
import org.restwise.core.access.Role;
import org.restwise.core.access.Squad;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;

/** Each athlete's rows stay theirs, whatever ids another athlete guesses; one subclass per database. */
abstract class AthleteIsolationContract {

    private static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");

    abstract String freshUrl();

    private record Two(JournalStore store, Account alice, AthleteId aliceJournal, Account bob, AthleteId bobJournal) {
    }

    private Two twoAthletes() {
        JournalStore store = JournalStore.open(freshUrl());
        return store.write(j -> {
            Account alice = j.accounts().add("alice@example.org", "$argon2id$x", Set.of(Role.ATHLETE), NOW);
            Account bob = j.accounts().add("bob@example.org", "$argon2id$x", Set.of(Role.ATHLETE), NOW);
            AthleteId a = j.athletes().addFor(alice.id(), NOW);
            AthleteId b = j.athletes().addFor(bob.id(), NOW);
            return new Two(store, alice, a, bob, b);
        });
    }

    @Test
    void aSquadsRevisionMovesWithEveryChangeItsMorningShowsAndWithNothingElse() {
        Two two = twoAthletes();
        JournalStore store = two.store();
        Squad squad = store.write(j -> {
            Account coach = j.accounts().add("coach@example.org", "$argon2id$x", Set.of(Role.COACH), NOW);
            return j.squads().create(coach.id(), "Trail group", NOW);
        });
        List<SquadReadings.Revision> seen = new java.util.ArrayList<>();
        Runnable look = () -> seen.add(store.read(j -> j.squads().readings(squad.id()).revision()));
        look.run();
        store.write(j -> { j.squads().join(squad.id(), two.aliceJournal(), NOW); return null; });
        look.run();
        store.write(j -> j.athlete(two.aliceJournal()).checkIns().save(JournalStoreContract.fullCheckIn(JournalStoreContract.DAY),
                Decision.MOVE, LimiterState.STALE_LEGS, List.of(), List.of(), "{}"));
        look.run();
        store.write(j -> j.athlete(two.aliceJournal()).checkIns().save(JournalStoreContract.fullCheckIn(JournalStoreContract.DAY),
                Decision.REST, LimiterState.SYSTEMIC_FATIGUE, List.of(), List.of(), "{}"));
        look.run();
        long run = store.write(j -> j.athlete(two.aliceJournal()).sessions()
                .add(JournalStoreContract.mountainRun(LocalDateTime.of(2026, 11, 28, 7, 0), 150)));
        look.run();
        store.write(j -> j.athlete(two.aliceJournal()).sessions().replace(run, JournalStoreContract.recoveryWalk(JournalStoreContract.DAY)));
        look.run();
        store.write(j -> j.athlete(two.aliceJournal()).sessions().delete(run));
        look.run();
        store.write(j -> { j.athlete(two.aliceJournal()).profile().save(org.restwise.core.journal.RunnerProfile.EMPTY); return null; });
        look.run();
        store.write(j -> j.athlete(two.aliceJournal()).checkIns().delete(JournalStoreContract.DAY));
        look.run();
        store.write(j -> j.squads().leave(squad.id(), two.aliceJournal()));
        look.run();
        assertThat(seen).as("every change gives a revision not seen before").doesNotHaveDuplicates();

        SquadReadings.Revision before = store.read(j -> j.squads().readings(squad.id()).revision());
        store.write(j -> j.athlete(two.bobJournal()).checkIns().save(JournalStoreContract.fullCheckIn(JournalStoreContract.DAY),
                Decision.MOVE, LimiterState.STALE_LEGS, List.of(), List.of(), "{}"));
        store.read(j -> j.athlete(two.aliceJournal()).checkIns().count());
        SquadReadings.Revision after = store.read(j -> j.squads().readings(squad.id()).revision());
        assertThat(after).as("a non-member's check-in and a read leave it alone").isEqualTo(before);
    }

    @Test
    void twoAthletesEachKeepTheirOwnCheckInOfTheSameDay() {
        Two two = twoAthletes();
        two.store().write(j -> {
            j.athlete(two.aliceJournal()).checkIns().save(JournalStoreContract.fullCheckIn(JournalStoreContract.DAY),
                    Decision.MOVE, LimiterState.STALE_LEGS, List.of(), List.of(), "{\"who\":\"alice\"}");
            j.athlete(two.bobJournal()).checkIns().save(JournalStoreContract.fullCheckIn(JournalStoreContract.DAY),
                    Decision.REST, LimiterState.SYSTEMIC_FATIGUE, List.of(), List.of(), "{\"who\":\"bob\"}");
            return null;
        });

        String alices = two.store().read(j -> j.athlete(two.aliceJournal()).checkIns().onDate(JournalStoreContract.DAY))
                .orElseThrow().adviceJson();
        int bobs = two.store().read(j -> j.athlete(two.bobJournal()).checkIns().count());

        assertThat(alices).isEqualTo("{\"who\":\"alice\"}");
        assertThat(bobs).isEqualTo(1);
    }

    @Test
    void anotherAthletesSessionIdFindsNothingAndChangesNothing() {
        Two two = twoAthletes();
        long alicesRun = two.store().write(j -> j.athlete(two.aliceJournal()).sessions()
                .add(JournalStoreContract.mountainRun(LocalDateTime.of(2026, 11, 28, 7, 0), 150)));

        boolean found = two.store().read(j -> j.athlete(two.bobJournal()).sessions().find(alicesRun).isPresent());
        boolean replaced = two.store().write(j -> j.athlete(two.bobJournal()).sessions()
                .replace(alicesRun, JournalStoreContract.recoveryWalk(JournalStoreContract.DAY)));
        boolean deleted = two.store().write(j -> j.athlete(two.bobJournal()).sessions().delete(alicesRun));

        assertThat(List.of(found, replaced, deleted)).containsOnly(false);
        Optional<SessionEntry> alicesOwn = two.store().read(j -> j.athlete(two.aliceJournal()).sessions().find(alicesRun));
        assertThat(alicesOwn).hasValueSatisfying(entry -> assertThat(entry.session().minutes()).isEqualTo(150));
    }

    @Test
    void theSameFileImportedByTwoAthletesIsEachOnesAndNeitherLearnsOfTheOther() {
        Two two = twoAthletes();
        var file = ActivityStoreContract.activity(Instant.parse("2026-11-28T07:00:00Z"), 360.0);
        two.store().write(j -> {
            long session = j.athlete(two.aliceJournal()).sessions()
                    .add(JournalStoreContract.mountainRun(LocalDateTime.of(2026, 11, 28, 7, 0), 150));
            j.athlete(two.aliceJournal()).activities().add(session, file);
            return null;
        });

        boolean bobHasIt = two.store().read(j -> j.athlete(two.bobJournal()).activities()
                .sessionWithFingerprint(file.fingerprint()).isPresent());
        two.store().write(j -> {
            long session = j.athlete(two.bobJournal()).sessions()
                    .add(JournalStoreContract.mountainRun(LocalDateTime.of(2026, 11, 28, 7, 0), 150));
            j.athlete(two.bobJournal()).activities().add(session, file);
            return null;
        });

        int bobs = two.store().read(j -> j.athlete(two.bobJournal()).activities().count());
        List<StoredActivity> alices = two.store().read(j -> j.athlete(two.aliceJournal()).activities().newestFirst(10));
        assertThat(bobHasIt).isFalse();
        assertThat(bobs).isEqualTo(1);
        assertThat(alices).hasSize(1);
    }

    @Test
    void deletingAnAccountDeletesEveryRowOfItsAthleteAndNothingOfAnother() {
        Two two = twoAthletes();
        two.store().write(j -> {
            for (AthleteId athlete : List.of(two.aliceJournal(), two.bobJournal())) {
                AthleteRecords records = j.athlete(athlete);
                records.checkIns().save(JournalStoreContract.fullCheckIn(JournalStoreContract.DAY), Decision.MOVE,
                        LimiterState.STALE_LEGS, List.of(), List.of(), "{}");
                long session = records.sessions().add(JournalStoreContract.mountainRun(LocalDateTime.of(2026, 11, 28, 7, 0), 150));
                records.activities().add(session, ActivityStoreContract.activity(Instant.parse("2026-11-28T07:00:00Z"), 360.0));
                records.notes().add(JournalStoreContract.DAY, two.alice().id(), "How do the legs feel?", NOW);
            }
            Squad squad = j.squads().create(two.alice().id(), "Alice's squad", NOW);
            j.squads().join(squad.id(), two.bobJournal(), NOW);
            return null;
        });

        boolean deleted = two.store().write(j -> j.accounts().delete(two.alice().id()));

        boolean aliceExists = two.store().read(j -> j.athletes().exists(two.aliceJournal()));
        List<Integer> alicesRows = two.store().read(j -> rowsOf(j, two.aliceJournal()));
        List<SquadMembership> bobsSquads = two.store().read(j -> j.squads().ofAthlete(two.bobJournal()));
        List<Integer> bobsRows = two.store().read(j -> rowsOf(j, two.bobJournal()));
        assertThat(deleted).isTrue();
        assertThat(aliceExists).isFalse();
        assertThat(alicesRows).containsOnly(0);
        assertThat(bobsSquads).isEmpty();
        // Bob keeps his own rows; the note Alice wrote on his day went with her account.
        assertThat(bobsRows).containsExactly(1, 1, 1, 0, 0);
    }

    private static List<Integer> rowsOf(Journal j, AthleteId athlete) {
        AthleteRecords records = j.athlete(athlete);
        return List.of(records.checkIns().count(), records.sessions().count(), records.activities().count(),
                records.notes().all().size(), records.profile().find().isPresent() ? 1 : 0);
    }

    @Test
    void anInvitationWorksOnceAndNotAfterItExpires() {
        Two two = twoAthletes();
        long[] ids = two.store().write(j -> {
            Squad squad = j.squads().create(two.alice().id(), "Tuesday hills", NOW);
            return new long[] {
                j.squads().invite(squad.id(), "hash-one", NOW, NOW.plusSeconds(3600)),
                j.squads().invite(squad.id(), "hash-two", NOW, NOW.plusSeconds(3600))};
        });

        boolean first = two.store().write(j -> j.squads().accept(ids[0], two.bob().id(), NOW.plusSeconds(60)));
        boolean again = two.store().write(j -> j.squads().accept(ids[0], two.bob().id(), NOW.plusSeconds(61)));
        boolean late = two.store().write(j -> j.squads().accept(ids[1], two.bob().id(), NOW.plusSeconds(3600)));

        Optional<Invitation> used = two.store().read(j -> j.squads().invitation("hash-one"));
        assertThat(List.of(first, again, late)).containsExactly(true, false, false);
        assertThat(used).hasValueSatisfying(i -> assertThat(i.isOpenAt(NOW.plusSeconds(62))).isFalse());
    }

    @Test
    void aCoachCoachesOnlyTheAthletesWhoAreInTheirSquadsAndOnlyWhileTheyStay() {
        Two two = twoAthletes();
        long squad = two.store().write(j -> j.squads().create(two.alice().id(), "Tuesday hills", NOW).id());
        two.store().write(j -> {
            j.squads().join(squad, two.bobJournal(), NOW);
            j.squads().join(squad, two.bobJournal(), NOW);
            return null;
        });

        boolean whileIn = two.store().read(j -> j.squads().coaches(two.alice().id(), two.bobJournal()));
        boolean theOtherWay = two.store().read(j -> j.squads().coaches(two.bob().id(), two.aliceJournal()));
        two.store().write(j -> j.squads().leave(squad, two.bobJournal()));
        boolean afterLeaving = two.store().read(j -> j.squads().coaches(two.alice().id(), two.bobJournal()));

        assertThat(List.of(whileIn, theOtherWay, afterLeaving)).containsExactly(true, false, false);
    }
}
