package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.restwise.app.ContractExample;

class AdviseCommandTest {

    private static final String CONTRACT_EXAMPLE = ContractExample.text();

    @TempDir
    Path dir;

    @Test
    void theContractExampleGivesTheContractDecision() throws Exception {
        CliRun run = CliRun.of("advise", "--json", write(CONTRACT_EXAMPLE));

        assertThat(run.exitCode()).isZero();
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertThat(out.get("decision").asText()).isEqualTo("MOVE");
        assertThat(out.get("state").asText()).isEqualTo("STALE_LEGS");
        assertThat(out.get("scenarios")).isEmpty();
        assertThat(out.get("redFlags")).isEmpty();
        assertThat(out.at("/prescription/modalities").toString()).isEqualTo("[\"WALK\",\"CYCLE\",\"SWIM\",\"AQUA_JOG\"]");
        assertThat(out.at("/prescription/minutes").toString()).isEqualTo("{\"min\":20,\"max\":40}");
        assertThat(out.at("/prescription/heartRate").toString()).isEqualTo("{\"min\":93,\"max\":130}");
        assertThat(out.at("/prescription/rpe").toString()).isEqualTo("{\"min\":3,\"max\":4}");
        assertThat(out.get("priorities")).isEmpty();
        assertThat(out.get("evidence").get(0).get("doi").asText()).startsWith("10.");
        assertThat(out.get("followUp").asText()).isNotBlank();
    }

    @Test
    void swellingInOnePlaceAloneMeansReassess() throws Exception {
        JsonNode out = new ObjectMapper().readTree(CliRun.of("advise", "--json", write("{\"signals\":{\"swelling\":true}}")).out());

        assertThat(out.get("decision").asText()).isEqualTo("REASSESS");
        assertThat(out.get("redFlags").toString()).isEqualTo("[\"SHARP_PAIN_SWELLING_LIMPING\"]");
    }

    @Test
    void puffyLegsAreReadAsAFlowSign() throws Exception {
        JsonNode out = new ObjectMapper().readTree(CliRun.of("advise", "--json", write("{\"signals\":{\"puffyLegs\":true}}")).out());

        assertThat(out.get("decision").asText()).isEqualTo("MOVE");
        assertThat(out.get("state").asText()).isEqualTo("STALE_LEGS");
    }

    @Test
    void contradictoryHeartRatesAreRefusedNamingTheField() throws Exception {
        CliRun run = CliRun.of("advise", "--json", write("{\"athlete\":{\"maxHeartRate\":180,\"lactateThresholdHeartRate\":190}}"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("restwise: athlete.lactateThresholdHeartRate: must be below athlete.maxHeartRate (180 bpm), got 190\n");
    }

    @Test
    void theCardNamesTheRedFlagInTheWordsOfWhatWasReported() throws Exception {
        CliRun run = CliRun.of("advise", write("{\"signals\":{\"alteredGait\":true}}"));
        CliRun whole = CliRun.of("advise", "--verbose", write("{\"signals\":{\"alteredGait\":true}}"));

        assertThat(run.out()).contains("Red flags\n  • Limping\n");
        assertThat(whole.out()).contains("Red flags\n  • Limping\n").contains("Rest scenarios\n  • Possible acute injury\n");
    }

    @Test
    void theOutputHasExactlyTheContractFieldsInOrder() throws Exception {
        JsonNode out = new ObjectMapper().readTree(CliRun.of("advise", "--json", write("{}")).out());

        assertThat(out.fieldNames()).toIterable().containsExactly("decision", "state", "scenarios", "redFlags",
                "prescription", "priorities", "avoid", "reasons", "evidence", "followUp");
        assertThat(out.get("prescription").isNull()).isTrue();
    }

    @Test
    void standardInputIsReadWithADash() throws Exception {
        CliRun run = CliRun.withInput("{\"signals\":{\"sharpPain\":true}}", "advise", "--json", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("decision").asText()).isEqualTo("REASSESS");
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"signals\":{\"sharpPian\":true}}                 | signals.sharpPian",
        "{\"signals\":{\"soreness\":11}}                    | signals.soreness",
        "{\"signals\":{\"sleepHours\":25}}                  | signals.sleepHours",
        "{\"signals\":{\"heavyLegs\":\"yes\"}}              | signals.heavyLegs",
        "{\"signals\":{\"tenMinuteTest\":\"MAYBE\"}}        | signals.tenMinuteTest",
        "{\"context\":{\"lastSession\":\"MARATHON\"}}       | context.lastSession",
        "{\"context\":{\"hoursSinceLastSession\":-1}}       | context.hoursSinceLastSession",
        "{\"context\":{\"timeOfDay\":\"NIGHT\"}}            | context.timeOfDay",
        "{\"athlete\":{\"maxHeartRate\":185.5}}             | athlete.maxHeartRate",
        "{\"athlete\":{\"maxHr\":185}}                      | athlete.maxHr",
        "{\"date\":\"29/11/2026\"}                          | date",
        "{\"signal\":{}}                                    | signal",
        "{\"signals\":[]}                                   | signals",
    })
    void badInputIsOneLineNamingTheFieldWithExitStatusTwo(String input, String field) throws Exception {
        CliRun run = CliRun.of("advise", "--json", write(input));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("restwise: " + field + ":").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void aMisspeltFieldSuggestsTheRightOne() throws Exception {
        CliRun run = CliRun.of("advise", "--json", write("{\"signals\":{\"sharpPian\":true}}"));

        assertThat(run.err()).contains("did you mean \"sharpPain\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"signals\":              | not valid JSON",
        "[1,2]                      | must be a JSON object",
        "''                         | empty",
        "{\"date\":1,\"date\":2}    | the field \"date\" is given twice",
    })
    void documentsThatAreNotACheckInAreRefusedCleanly(String input, String message) throws Exception {
        CliRun run = CliRun.of("advise", "--json", write(input.equals("''") ? "" : input));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
    }

    @Test
    void aMissingFileIsNamed() {
        CliRun run = CliRun.of("advise", "--json", dir.resolve("nope.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.json: no such file");
    }

    @Test
    void withoutJsonTheDecisionCardLeadsWithTheDecisionAndTheLimiter() throws Exception {
        CliRun run = CliRun.of("advise", write(CONTRACT_EXAMPLE));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(first ->
                assertThat(first).startsWith("MOVE").contains("limiter: stale legs"));
        assertThat(run.out()).contains("20–40 minutes, heart rate 93–130 bpm").doesNotContain("https://doi.org/10.")
                .endsWith("The whole card, with every reason and the evidence: add --verbose.\n")
                .doesNotContain("\u001B[");
        assertThat(run.out().lines()).hasSizeLessThanOrEqualTo(24).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        CliRun whole = CliRun.of("advise", "--verbose", write(CONTRACT_EXAMPLE));
        assertThat(whole.out()).contains("Evidence\n").contains("https://doi.org/10.").contains("Avoid\n");
    }

    private String write(String content) throws Exception {
        Path file = Files.createTempFile(dir, "check-in", ".json");
        Files.writeString(file, content);
        return file.toString();
    }
}
