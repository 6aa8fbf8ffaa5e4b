package org.restwise.formats.wellness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files made to hurt: each is refused in one sentence, quickly, in little memory. */
class HostileWellnessInputTest {

    private static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n"
            + " <!ENTITY lol \"lol\">\n"
            + " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
            + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + " <!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
            + "]>\n<HealthData><Record type=\"&lol9;\"/></HealthData>\n";

    private static String oneSentence(String reason) {
        assertThat(reason).doesNotContain("\n").doesNotContain("Exception").endsWith(".");
        return reason;
    }

    private static String refusal(WellnessReader reader, InputStream in) {
        try {
            reader.read(in, "hostile", day -> { });
        } catch (UnreadableWellnessException e) {
            return oneSentence(e.reason());
        }
        throw new AssertionError("hostile input was read");
    }

    /** {@code count} copies of {@code unit} as a stream, without holding them all. */
    private static InputStream repeated(String prefix, String unit, int count) {
        byte[] bytes = unit.getBytes(StandardCharsets.UTF_8);
        InputStream repeat = new InputStream() {
            private final long total = (long) bytes.length * count;
            private long position;

            @Override
            public int read() {
                return position < total ? bytes[(int) (position++ % bytes.length)] & 0xFF : -1;
            }
        };
        return new SequenceInputStream(Texts.stream(prefix), repeat);
    }

    @Test
    void anEntityBombInAnAppleExportIsRefusedBeforeTheParserSeesIt() {
        assertThat(Texts.refusal(new AppleHealthReader(), BILLION_LAUGHS)).contains("declares entities");
    }

    @Test
    void anExternalEntityIsRefusedWithoutReadingAnything() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<HealthData><Record type=\"&x;\"/></HealthData>";

        assertThat(Texts.refusal(new AppleHealthReader(), xxe)).contains("declares entities");
    }

    @Test
    void aBombHiddenBehindALongCommentMeetsTheParsersOwnRefusalOfDtds() {
        String bomb = "<?xml version=\"1.0\"?>\n<!--" + "x".repeat(20_000) + "-->\n" + BILLION_LAUGHS.substring(BILLION_LAUGHS.indexOf("<!DOCTYPE"));

        assertThat(oneSentence(Texts.refusal(new AppleHealthReader(), bomb))).isNotBlank();
    }

    @Test
    void anEntityUsedWithoutADtdIsNotWellFormed() {
        assertThat(Texts.refusal(new AppleHealthReader(), "<HealthData><Record type=\"&lol9;\"/></HealthData>"))
                .startsWith("The file is not well-formed XML at line 1");
    }

    @Test
    void aDoctypeThatNeverEndsIsRefused() {
        assertThat(refusal(new AppleHealthReader(), repeated("<?xml version=\"1.0\"?><!DOCTYPE HealthData [", "<!ELEMENT a ANY>", 100_000)))
                .contains("DOCTYPE declaration is longer than 256 KB");
    }

    @Test
    void aTruncatedAppleExportIsRefusedWithWhereItEnds() {
        String cut = AppleHealthReaderTest.modernExport();
        cut = cut.substring(0, cut.length() / 2);

        assertThat(Texts.refusal(new AppleHealthReader(), cut)).startsWith("The file is not well-formed XML at line");
    }

    @Test
    void bytesThatAreNotUtf8InAnAppleExportAreRefused() {
        byte[] bad = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><HealthData><Record type=\"\u00ff\"/></HealthData>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refusal(new AppleHealthReader(), new ByteArrayInputStream(bad))).contains("not valid text");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hrv4training", "polar", "list", "hrm"})
    void aHugeLineIsRefusedWithItsNumberNotReadIntoMemory(String reader) {
        WellnessReader target = switch (reader) {
            case "hrv4training" -> WellnessCsvReader.hrv4Training();
            case "polar" -> new PolarSensorLoggerReader();
            case "hrm" -> new PolarHrmReader();
            default -> new RrListReader(LocalDate.of(2024, 5, 7));
        };
        String prefix = switch (reader) {
            case "hrv4training" -> "date,rMSSD\n2024-05-07,";
            case "polar" -> PolarSensorLoggerReader.HEADER + "\n2024-05-07T06:00:00;";
            case "hrm" -> "[Params]\nDate=20240507\nInterval=238\n[HRData]\n";
            default -> "";
        };

        assertThat(refusal(target, repeated(prefix, "9", 50_000_000))).contains("is longer than 65536 characters");
    }

    @Test
    void moreIntervalsThanAnyRecordingAreRefused() {
        assertThat(refusal(new RrListReader(LocalDate.of(2024, 5, 7)), repeated("", "800\n", 200_000)))
                .contains("more than 150000 beat intervals");
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        assertThat(refusal(new GarminConnectJsonReader(), repeated("", "[", 100_000))).contains("nested too deep");
    }

    @Test
    void aHugeJsonStringIsRefused() {
        assertThat(refusal(new GarminConnectJsonReader(), repeated("[{\"calendarDate\":\"", "x", 10_000_000)))
                .contains("value too long");
    }

    @Test
    void aJsonEntryLargerThanAnyDayIsRefused() {
        assertThat(refusal(new GarminConnectJsonReader(), repeated("[{\"calendarDate\":\"2024-05-07\",\"a\":[", "1,", 1_000_000)))
                .contains("holds more than 200000 values");
    }

    @Test
    void csvBytesThatAreNotUtf8AreRefusedWithTheirLine() {
        byte[] bad = "id,restingHR\n2024-05-07,4\u00ff\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refusal(WellnessCsvReader.intervalsIcu(), new ByteArrayInputStream(bad))).contains("not UTF-8 text");
    }

    @Test
    void randomBytesAreNotAWellnessFile() {
        byte[] noise = new byte[4096];
        new java.util.Random(13).nextBytes(noise);
        noise[0] = 'x';

        WellnessOutcome outcome = new WellnessFiles(ZoneId.of("UTC")).readOne(new ByteArrayInputStream(noise), "noise.bin",
                "noise.bin", LocalDate.of(2024, 5, 7));

        assertThat(oneSentence(((WellnessOutcome.Failed) outcome).reason())).contains("does not recognise");
    }

    @Test
    void aFitHeaderOverGarbageIsDamagedNotACrash() {
        byte[] fake = new byte[200];
        byte[] header = {14, 0x20, 0, 0, (byte) 186, 0, 0, 0, '.', 'F', 'I', 'T', 0, 0};
        System.arraycopy(header, 0, fake, 0, header.length);

        WellnessOutcome outcome = new WellnessFiles(ZoneId.of("UTC")).readOne(new ByteArrayInputStream(fake), "fake.fit",
                "fake.fit", LocalDate.of(2024, 5, 7));

        assertThat(oneSentence(((WellnessOutcome.Failed) outcome).reason())).startsWith("The FIT file is");
    }
}
