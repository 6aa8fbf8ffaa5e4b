package org.restwise.app.cli;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.restwise.app.web.WebApp;
import org.restwise.core.advice.AdviceEngine;
import org.restwise.app.Restwise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise serve}: the check-in and decision in a browser, plus the JSON API, until Ctrl+C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve Restwise in the browser and the JSON API at /api (see /api/openapi.json), on the same journal as the other commands.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
    String host;

    @Option(names = "--max-upload-mb", defaultValue = "200",
            description = "Largest upload of activity files taken at once, MiB (default: ${DEFAULT-VALUE}).")
    int maxUploadMb;

    @Option(names = "--trust-proxy",
            description = "A TLS reverse proxy (nginx, Caddy) in front says when the browser used https"
                    + " (X-Forwarded-Proto), so sign-in cookies are marked Secure. Only with a proxy you run.")
    boolean trustProxy;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserInputException("--port must be between 0 and 65535, got " + port);
        }
        if (maxUploadMb < 1 || maxUploadMb > 32 * 1024) {
            throw new UserInputException("--max-upload-mb must be between 1 and 32768, got " + maxUploadMb);
        }
        Restwise journal = database.openForServer();
        if (!isLoopback(host) && !journal.hasAdmin()) {
            throw new UserInputException("refusing to serve the journal on " + host + " without accounts: anyone on the"
                    + " network could read and change it. Create an admin first (restwise admin create --email YOU),"
                    + " or serve on 127.0.0.1");
        }
        Javalin app = WebApp.create(new AdviceEngine(), journal, Clock.systemDefaultZone(), maxUploadMb * 1024L * 1024,
                trustProxy);
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + host + ":" + port
                    + " (is another program using it? try --port " + (port + 1) + ")", e);
        }
        var out = spec.commandLine().getOut();
        if (isLoopback(host) && !journal.hasAdmin()) {
            out.println("No accounts: the login-free single-runner app, reachable from this machine only.");
        }
        out.println("Restwise is running at http://" + host + ":" + app.port() + "/ — press Ctrl+C to stop.");
        out.println("Journal: " + journal.location());
        out.flush();
        // Main exits the JVM when call() returns, so wait here until Ctrl+C stops the server.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }, "restwise-stop"));
        stopped.await();
        return 0;
    }

    /** Only this machine can reach an address like 127.0.0.1, ::1 or localhost. */
    static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
