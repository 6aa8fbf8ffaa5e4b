package org.restwise.formats.wellness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restwise.core.body.Sleep;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessDays;
import org.restwise.core.body.WellnessSource;

class AppleHealthReaderTest {

    /** The head of an export as iOS 16 and later write it, internal subset included (abridged). */
    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE HealthData [
            <!-- HealthKit Export Version: 14 -->
            <!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
            <!ATTLIST HealthData
              locale CDATA #REQUIRED
            >
            <!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
            <!ATTLIST Record
              type          CDATA #REQUIRED
              unit          CDATA #IMPLIED
              value         CDATA #IMPLIED
              sourceName    CDATA #REQUIRED
              startDate     CDATA #REQUIRED
              endDate       CDATA #REQUIRED
            >
            ]>
            <HealthData locale="en_GB">
             <ExportDate value="2024-05-08 07:00:00 +0200"/>
             <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
            """;

    private static String record(String type, String value, String start, String end, String source) {
        return " <Record type=\"" + type + "\" sourceName=\"" + source + "\" unit=\"ms\" startDate=\"" + start
                + "\" endDate=\"" + end + "\" value=\"" + value + "\"/>\n";
    }

    private static String sleep(String value, String start, String end, String source) {
        return record("HKCategoryTypeIdentifierSleepAnalysis", "HKCategoryValueSleepAnalysis" + value, start, end, source);
    }

    static String modernExport() {
        return HEAD
                + record("HKQuantityTypeIdentifierRestingHeartRate", "46", "2024-05-07 00:10:00 +0200", "2024-05-07 23:50:00 +0200", "Watch")
                + record("HKQuantityTypeIdentifierHeartRateVariabilitySDNN", "52.5", "2024-05-07 03:00:00 +0200", "2024-05-07 03:01:00 +0200", "Watch")
                + record("HKQuantityTypeIdentifierHeartRateVariabilitySDNN", "61.5", "2024-05-07 14:00:00 +0200", "2024-05-07 14:01:00 +0200", "Watch")
                + " <Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Watch\" unit=\"count/min\" startDate=\"2024-05-07 06:00:00 +0200\" endDate=\"2024-05-07 06:00:00 +0200\" value=\"58\">\n"
                + "  <MetadataEntry key=\"HKMetadataKeyHeartRateMotionContext\" value=\"1\"/>\n </Record>\n"
                + sleep("InBed", "2024-05-06 22:30:00 +0200", "2024-05-07 06:40:00 +0200", "iPhone")
                + sleep("AsleepCore", "2024-05-06 23:00:00 +0200", "2024-05-07 01:00:00 +0200", "Watch")
                + sleep("AsleepDeep", "2024-05-07 01:00:00 +0200", "2024-05-07 02:00:00 +0200", "Watch")
                + sleep("Awake", "2024-05-07 02:00:00 +0200", "2024-05-07 02:10:00 +0200", "Watch")
                + sleep("AsleepREM", "2024-05-07 02:10:00 +0200", "2024-05-07 03:10:00 +0200", "Watch")
                + sleep("AsleepCore", "2024-05-07 03:10:00 +0200", "2024-05-07 06:30:00 +0200", "Watch")
                // a sleep app saw most of the same night: its hours must not be counted twice
                + sleep("AsleepUnspecified", "2024-05-06 23:30:00 +0200", "2024-05-07 06:35:00 +0200", "Sleep Cycle")
                + "</HealthData>\n";
    }

    @Test
    void aModernExportGivesRestingHeartRateSdnnAndTheNightWithoutCountingOverlapsTwice() throws Exception {
        List<WellnessDay> days = Texts.read(new AppleHealthReader(), modernExport());

        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.date()).isEqualTo(LocalDate.of(2024, 5, 7));
            assertThat(day.restingHeartRate().orElseThrow().value().bpm()).isEqualTo(46);
            assertThat(day.sdnn().orElseThrow().value().millis()).isCloseTo(57, within(1e-9));
            assertThat(day.sdnn().orElseThrow().source()).isEqualTo(WellnessSource.APPLE_HEALTH);
            assertThat(day.hrv()).as("SDNN is never rMSSD").isEmpty();
            Sleep night = day.sleep().orElseThrow().value();
            // 23:00 to 06:35: the app's interval covers the watch's ten awake minutes and its end
            assertThat(night.asleep()).contains(Duration.ofMinutes(7 * 60 + 35));
            assertThat(night.deep()).contains(Duration.ofHours(1));
            assertThat(night.rem()).contains(Duration.ofHours(1));
            assertThat(night.light()).contains(Duration.ofMinutes(120 + 200));
            assertThat(night.awake()).contains(Duration.ofMinutes(10));
        });
    }

    @Test
    void progressIsReportedUpToEveryByteRead() throws Exception {
        List<Long> reports = new ArrayList<>();
        String export = modernExport();

        Texts.read(new AppleHealthReader(reports::add), export);

        assertThat(reports).isNotEmpty();
        assertThat(reports.get(reports.size() - 1)).isEqualTo(export.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void theLegacyExportsDatesAndNumericSleepValuesAreRead() throws Exception {
        String legacy = """
                <?xml version="1.0" encoding="UTF-8"?>
                <HealthData locale="en_DE">
                 <ExportDate value="20151107171924+0100"/>
                 <Record type="HKCategoryTypeIdentifierSleepAnalysis" source="Sleep Cycle" unit="" startDate="20150601215104+0100" endDate="20150602043558+0100" value="1"/>
                 <Record type="HKCategoryTypeIdentifierSleepAnalysis" source="Sleep Cycle" unit="" startDate="20150601213000+0100" endDate="20150602050000+0100" value="0"/>
                </HealthData>
                """;

        List<WellnessDay> days = Texts.read(new AppleHealthReader(), legacy);

        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2015, 6, 2));
        assertThat(days.get(0).sleep().orElseThrow().value().asleep()).contains(Duration.ofSeconds(6 * 3600 + 44 * 60 + 54));
    }

    @Test
    void aDateAppleNeverWritesIsRefusedWithItsLine() {
        String export = HEAD + record("HKQuantityTypeIdentifierRestingHeartRate", "46", "07/05/2024", "07/05/2024", "Watch")
                + "</HealthData>";

        assertThat(Texts.refusal(new AppleHealthReader(), export))
                .isEqualTo("The record at line 21 has startDate '07/05/2024', which is not a date and time as Apple Health writes them.");
    }

    @Test
    void theOldExportFixtureReadsWithTheSameResultAsTheFilesReader() throws Exception {
        WellnessDays direct = new WellnessDays();
        try (InputStream in = Files.newInputStream(WellnessFixtures.file("apple-health-xml/ericwolter--apple-healthkit-csv--export.xml"))) {
            new AppleHealthReader().read(in, "export.xml", direct);
        }

        assertThat(direct.days()).isEqualTo(WellnessCorpusTest.days("apple-health-xml/ericwolter--apple-healthkit-csv--export.xml"));
    }
}
