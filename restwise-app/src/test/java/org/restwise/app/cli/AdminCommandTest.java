package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.store.JournalStore;

class AdminCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:sqlite:" + dir.resolve("journal.db");
    }

    @Test
    void anAdminIsCreatedWithThePasswordFromStandardInputAndListedWithoutIt() {
        CliRun created = CliRun.withInput("correct horse battery\n", "admin", "create", "--email", " Ana@Example.org ", "--db", db());
        CliRun listed = CliRun.of("admin", "list", "--db", db());

        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).contains("Created account 1 for ana@example.org (admin, athlete)");
        assertThat(listed.out()).contains("ana@example.org").contains("admin").doesNotContain("argon2").doesNotContain("horse");
        assertThat(JournalStore.open(db()).<String>read(j -> j.accounts().find("ana@example.org").orElseThrow().passwordHash()))
                .startsWith("$argon2id$");
    }

    @Test
    void aShortPasswordIsRefusedAndNothingIsCreated() {
        CliRun run = CliRun.withInput("short\n", "admin", "create", "--email", "ana@example.org", "--db", db());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("restwise: password must be at least 10 characters\n");
        assertThat(CliRun.of("admin", "list", "--db", db()).out()).startsWith("No accounts");
    }

    @Test
    void anAddressAlreadyTakenIsRefused() {
        CliRun.withInput("correct horse battery\n", "admin", "create", "--email", "ana@example.org", "--db", db());

        CliRun again = CliRun.withInput("another long password\n", "admin", "create", "--email", "ANA@example.org", "--db", db());

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("restwise: email ana@example.org already has an account\n");
    }

    @Test
    void anAddressThatIsNoAddressIsRefusedNamingTheOption() {
        CliRun run = CliRun.withInput("correct horse battery\n", "admin", "create", "--email", "ana\u001b[2J", "--db", db());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("restwise: --email must look like");
    }

    @Test
    void serveRefusesAnyAddressButLoopbackUntilAnAdminExists() {
        CliRun run = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0", "--db", db());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("restwise: refusing to serve the journal on 0.0.0.0 without accounts")
                .contains("restwise admin create --email").doesNotContain("\tat ");
    }
}
