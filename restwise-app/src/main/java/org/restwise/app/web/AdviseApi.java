package org.restwise.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.restwise.app.json.AdviceJson;
import org.restwise.app.json.CheckInJson;
import org.restwise.app.json.Json;
import org.restwise.app.json.PlausibleDates;
import org.restwise.core.advice.AdviceEngine;

/** {@code POST /api/advise} (the {@code advise} contract over HTTP, stateless) and the API's OpenAPI document. */
final class AdviseApi {

    private final AdviceEngine engine;
    private final Clock clock;
    private final String openApi = resource("/web/openapi.json");

    AdviseApi(AdviceEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    void advise(Context ctx) {
        ApiRequests.requireJson(ctx);
        var checkIn = CheckInJson.parse(ctx.body(), LocalDate.now(clock));
        PlausibleDates.check("date", checkIn.date(), LocalDate.now(clock));
        ctx.contentType("application/json").result(Json.pretty(AdviceJson.contract(engine.advise(checkIn))));
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    static String resource(String path) {
        try (InputStream in = AdviseApi.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
