package org.restwise.app.web;

import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import java.util.List;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Supplier;
import org.restwise.store.JournalStore;
import org.restwise.core.advice.AdviceEngine;

/** The real web app on a random port, at a fixed morning, on a fresh SQLite journal, with a client for it. */
final class RunningWebApp implements AutoCloseable {

    static final Clock MORNING = Clock.fixed(Instant.parse("2026-11-29T06:30:00Z"), ZoneOffset.UTC);

    private final Path home = temporaryHome();
    final JournalStore journal = JournalStore.open(JournalStore.sqliteUrlIn(home));
    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    RunningWebApp() {
        this(WebApp.DEFAULT_MAX_UPLOAD_BYTES);
    }

    RunningWebApp(long maxUploadBytes) {
        this(maxUploadBytes, false);
    }

    RunningWebApp(long maxUploadBytes, boolean trustProxy) {
        app = WebApp.create(new AdviceEngine(), org.restwise.app.Restwise.of(journal), MORNING, maxUploadBytes, trustProxy).start("127.0.0.1", 0);
    }

    /** With the readers of uploaded files given, to stand in one that fails as no real file can be made to. */
    RunningWebApp(Supplier<ActivityUploads.Reader> readers) {
        app = WebApp.create(new AdviceEngine(), org.restwise.app.Restwise.of(journal), MORNING, WebApp.DEFAULT_MAX_UPLOAD_BYTES, false, readers)
                .start("127.0.0.1", 0);
    }

    /** Posts {@code files} (name → content) as multipart/form-data parts named "files", as a browser's form does. */
    HttpResponse<String> upload(String path, Map<String, byte[]> files) {
        String boundary = "restwise-test-boundary-7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("restwise-web");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> put(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The routes the app registered, for tests that walk all of them. */
    List<ParsedEndpoint> routes() {
        return app.unsafe.internalRouter.allHttpHandlers();
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        try (var files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is not worth failing a test over.
        }
    }
}
