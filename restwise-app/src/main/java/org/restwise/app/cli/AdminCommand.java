package org.restwise.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.restwise.app.auth.PasswordHasher;
import org.restwise.app.auth.Accounts;
import org.restwise.core.access.Account;
import org.restwise.core.access.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Accounts for a shared server, made by whoever runs it: the first admin can only come from here. */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Create and list the accounts that may sign in to `restwise serve`.",
        subcommands = {AdminCommand.Create.class, AdminCommand.ListAccounts.class, AdminCommand.Delete.class})
public final class AdminCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create an account. The password is asked twice on a terminal, or read from the first line of",
                    "standard input (echo PASSWORD | restwise admin create …); it needs at least 10 characters."})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Option(names = "--email", required = true, description = "The address the person signs in with.") String email;
        @Option(names = "--admin", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "May run the server (default: ${DEFAULT-VALUE}; --no-admin for an ordinary account).")
        boolean admin;
        @Option(names = "--coach", description = "Also a coach.") boolean coach;
        @Option(names = "--no-athlete", description = "Keeps no journal of their own (a coach who does not train).")
        boolean noAthlete;
        @Option(names = "--own-journal", description = {"Takes over the journal kept here before any account existed, if nobody",
                "owns it yet. The first account of a journal always does."})
        boolean ownJournal;

        @Override
        public Integer call() {
            String normal;
            try {
                normal = Account.normalisedEmail(email);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--email " + e.getMessage().substring("email ".length()));
            }
            String password = password();
            try {
                PasswordHasher.checkStrength(password);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (admin) {
                roles.add(Role.ADMIN);
            }
            if (coach) {
                roles.add(Role.COACH);
            }
            if (!noAthlete) {
                roles.add(Role.ATHLETE);
            }
            if (roles.isEmpty()) {
                throw new UserInputException("an account needs a role: drop --no-athlete, or add --coach or --admin");
            }
            String hash = new PasswordHasher().hash(password);
            Accounts.Created created;
            try {
                created = database.accounts().create(normal, hash, roles, ownJournal);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            Account account = created.account();
            spec.commandLine().getOut().println("Created account " + account.id() + " for " + account.email() + " ("
                    + String.join(", ", account.roles().stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList())
                    + "). " + journalLine(created.journal()) + " It can now sign in at /login on `restwise serve`.");
            return 0;
        }

        private static String journalLine(Accounts.Journal journal) {
            return switch (journal) {
                case TOOK_OVER_THE_OWN_RUNNERS -> "The journal kept here so far is now this account's.";
                case NEW -> "It has a journal of its own, empty for now.";
                case NONE -> "It keeps no journal.";
            };
        }

        private String password() {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password for %s: ", email);
                char[] second = console.readPassword("Again: ");
                if (first == null || second == null || !new String(first).equals(new String(second))) {
                    throw new UserInputException("the two passwords differ; nothing was created");
                }
                return new String(first);
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? "" : line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = {"Delete an account and everything that is theirs: their journal (profile, check-ins, sessions,",
                    "activities, notes), their squads, sign-ins and API tokens, and the notes they wrote. It cannot be undone:",
                    "export their journal first if they want it (restwise export)."})
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Option(names = "--email", required = true, description = "The account's sign-in address.") String email;
        @Option(names = "--yes", description = "Confirms the deletion; without it nothing is deleted.") boolean yes;

        @Override
        public Integer call() {
            Accounts accounts = database.accounts();
            Account account = accounts.find(email)
                    .orElseThrow(() -> new UserInputException("--email: no account signs in as " + email.strip()));
            if (!yes) {
                throw new UserInputException("add --yes to delete " + account.email() + " and everything that is theirs");
            }
            accounts.delete(account.id());
            spec.commandLine().getOut().println("Deleted " + account.email() + " and everything that was theirs.");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts, without their secrets.")
    static final class ListAccounts implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            var accounts = database.accounts().all();
            if (accounts.isEmpty()) {
                out.println("No accounts: `restwise serve` is the login-free single-runner app, on this machine only.");
            }
            accounts.forEach(a -> out.println(a.id() + "  " + a.email() + "  "
                    + String.join(", ", a.roles().stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList())));
            return 0;
        }
    }
}
