package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No page shows a runner the program's own names for things (LONG_RUN, STALE_LEGS…): words only. */
class PlainWordsTest {

    /** An enum constant's shape: capitals joined by underscores. */
    private static final Pattern RAW_NAME = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b");

    private RunningWebApp web;

    @BeforeEach
    void aJournalWithAFewDays() {
        web = new RunningWebApp();
        web.put("/api/profile", "application/json", "{\"maxHeartRate\":186,\"restingHeartRate\":47,\"units\":\"METRIC\"}");
        for (String session : List.of(
                "{\"date\":\"2026-11-27\",\"type\":\"MOUNTAIN_RUN\",\"minutes\":150,\"rpe\":6,\"distanceKm\":20,\"ascentM\":1200,\"descentM\":1200}",
                "{\"date\":\"2026-11-28\",\"type\":\"RECOVERY\",\"minutes\":30,\"rpe\":2,\"recovery\":{\"modality\":\"AQUA_JOG\",\"leftFlatter\":true}}",
                "{\"date\":\"2026-11-26\",\"type\":\"CROSS_TRAINING\",\"minutes\":60,\"distanceKm\":12}")) {
            web.post("/api/sessions", "application/json", session);
        }
        web.post("/api/check-ins", "application/json",
                "{\"date\":\"2026-11-28\",\"context\":{\"trainingBlock\":\"SHOCK_MICROCYCLE\"},\"signals\":{\"soreness\":6,\"heavyLegs\":true}}");
        web.post("/api/check-ins", "application/json",
                "{\"signals\":{\"soreness\":4,\"oneSidedPain\":true,\"symptomsWorsening\":true,\"tenMinuteTest\":\"LOOSENED\"}}");
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void everyPageSpeaksInWords() {
        List<String> found = new ArrayList<>();
        for (String path : List.of("/", "/journal", "/activities", "/plans", "/profile", "/calculators", "/days/2026-11-28",
                "/sessions/1", "/sessions/2", "/sessions/3", "/plans?plan=recovery-week")) {
            String text = visibleText(web.get(path).body());
            Matcher m = RAW_NAME.matcher(text);
            while (m.find()) {
                found.add(path + ": " + m.group());
            }
        }
        assertThat(found).isEmpty();
    }

    /** What a reader sees: no tags, no attribute values, no scripts, no JSON islands. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<template.*?</template>", " ")
                .replaceAll("(?s)<[^>]*>", " ");
    }
}
