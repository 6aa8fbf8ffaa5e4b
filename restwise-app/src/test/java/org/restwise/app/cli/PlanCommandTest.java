package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PlanCommandTest {

    @Test
    void aPostRacePlanStartsWithSeventyTwoHoursOfWalkingAfterAnUltra() {
        JsonNode plan = CliRun.of("plan", "post-race", "--distance-km", "100", "--ascent-m", "5000",
                "--race-date", "2026-09-05", "--json").json();

        JsonNode days = plan.get("days");
        assertThat(days.get(0).get("date").asText()).isEqualTo("2026-09-06");
        for (int i = 0; i < 3; i++) {
            assertThat(days.get(i).get("phase").asText()).isEqualTo("REST_AND_WALK");
            assertThat(days.get(i).get("modalities").toString()).isEqualTo("[\"WALK\"]");
        }
        assertThat(days.get(3).get("phase").asText()).isEqualTo("NON_IMPACT");
    }

    @Test
    void aRecoveryWeekTargetsWellBelowTheRecentAverage() {
        JsonNode plan = CliRun.of("plan", "recovery-week", "--weekly-minutes", "400,400,400,400",
                "--runs-per-week", "5", "--start", "2026-11-30", "--json").json();

        assertThat(plan.get("recentWeeklyMinutes").asDouble()).isEqualTo(400);
        assertThat(plan.get("targetMinutes").asInt()).isEqualTo(220);
        assertThat(plan.get("days")).hasSize(7);
    }

    @Test
    void aBadFinishTimeIsNamed() {
        CliRun run = CliRun.of("plan", "post-race", "--distance-km", "50", "--finish-time", "seven hours");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--finish-time");
    }

    @Test
    void anImpossibleDistanceIsRefusedInOneLine() {
        CliRun run = CliRun.of("plan", "post-race", "--distance-km", "-3");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("distance").doesNotContain("\n");
    }
}
