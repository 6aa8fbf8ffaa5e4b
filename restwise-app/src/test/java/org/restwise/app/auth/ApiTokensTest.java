package org.restwise.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.app.MovableClock;
import org.restwise.core.access.Account;
import org.restwise.core.access.Role;
import org.restwise.store.JournalStore;

class ApiTokensTest {

    @TempDir
    Path home;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-04T06:30:00Z"));

    @Test
    void aTokenInConstantUseIsNotedAsUsedAtMostOncePerMinute() throws Exception {
        Files.createDirectories(home);
        JournalStore store = JournalStore.open(JournalStore.sqliteUrlIn(home));
        Account account = new Accounts(store, clock).create("ann@example.org", "not-a-real-hash",
                EnumSet.of(Role.ATHLETE), false).account();
        ApiTokens tokens = new ApiTokens(store, clock);
        String token = tokens.create(account, "watch");
        Instant first = clock.instant();

        assertThat(tokens.resolve(token)).map(Account::id).contains(account.id());
        assertThat(lastUsed(store, account)).contains(first);

        clock.set(first.plusSeconds(30));
        assertThat(tokens.resolve(token)).isPresent();
        assertThat(lastUsed(store, account)).as("within the grain: no write").contains(first);

        clock.set(first.plus(ApiTokens.LAST_USED_GRAIN).plusSeconds(1));
        assertThat(tokens.resolve(token)).isPresent();
        assertThat(lastUsed(store, account)).contains(clock.instant());
    }

    @Test
    void aRevokedOrUnknownTokenResolvesToNobody() throws Exception {
        JournalStore store = JournalStore.open(JournalStore.sqliteUrlIn(home));
        Account account = new Accounts(store, clock).create("ann@example.org", "not-a-real-hash",
                EnumSet.of(Role.ATHLETE), false).account();
        ApiTokens tokens = new ApiTokens(store, clock);
        String token = tokens.create(account, "watch");
        tokens.revoke(account, tokens.of(account).get(0).id());

        assertThat(tokens.resolve(token)).isEmpty();
        assertThat(tokens.resolve(ApiTokens.PREFIX + "guessed")).isEmpty();
        assertThat(tokens.resolve("no-prefix")).isEmpty();
    }

    private static Optional<Instant> lastUsed(JournalStore store, Account account) {
        return store.read(j -> j.apiTokens().of(account.id())).get(0).lastUsedAt();
    }
}
