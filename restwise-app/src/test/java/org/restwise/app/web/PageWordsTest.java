package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every page of a journal with imports, a race, recovery and check-ins reads in words: no constant
 * such as DOWNHILL_HEAVY or STALE_LEGS in the text a runner sees (attribute values and scripts aside).
 */
class PageWordsTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");

    private RunningWebApp web;
    private long imported;

    @BeforeEach
    void aSeasonOfJournal() throws Exception {
        web = new RunningWebApp();
        imported = new com.fasterxml.jackson.databind.ObjectMapper().readTree(web.upload("/api/activities",
                        java.util.Map.of("race.fit", SharedFixtures.bytes("fit/fitparse--activity-large-fenxi2-multisport.fit"))).body())
                .at("/imported/0/sessionId").asLong();
        web.post("/journal/sessions", FORM, "date=2026-11-25&type=ULTRA_RACE&minutes=420&rpe=8&distanceKm=56&descentM=2500");
        web.post("/journal/sessions", FORM, "date=2026-11-27&type=RECOVERY&minutes=50&recovery.modality=EASY_JOG"
                + "&recovery.leftFlatter=yes");
        web.post("/", FORM, "signals.soreness=6&signals.heavyLegs=true&signals.sharpPain=true");
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void noPageShowsAnInternalName() {
        List<String> found = new ArrayList<>();
        for (String path : List.of("/", "/journal", "/activities", "/activities/" + imported, "/sessions/" + imported,
                "/plans", "/plans?plan=recovery-week", "/plans?plan=post-race&distance=56&ascent=2500", "/body", "/profile",
                "/calculators", "/account", "/days/2026-11-27")) {
            String text = visibleText(web.get(path).body());
            Matcher m = CONSTANT.matcher(text);
            while (m.find()) {
                found.add(path + ": " + m.group());
            }
        }
        assertThat(found).isEmpty();
        // The journal was what it says: the race imported, the logged ultra and the recovery listed, a decision made.
        assertThat(web.get("/activities/" + imported).body()).contains("Lots of downhill");
        assertThat(web.get("/journal").body()).contains("Ultra race", "Recovery session");
        assertThat(web.get("/").body()).contains("id=\"decision\"");
    }

    /** The page without its scripts, styles and tags: what a reader sees. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<[^>]*>", " ");
    }
}
