package org.restwise.formats.wellness;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.restwise.core.body.WellnessDays;

/**
 * For {@code bench/apple-health-vs-stax.sh} only, not a test: reads one export either with
 * {@link AppleHealthReader} ({@code restwise}) or with a plain StAX pass that counts {@code Record}
 * elements ({@code stax}), and prints one line: {@code mode bytes seconds count}.
 */
public final class AppleHealthBench {

    private AppleHealthBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path file = Path.of(args[1]);
        long bytes = Files.size(file);
        long start = System.nanoTime();
        long count;
        if (mode.equals("restwise")) {
            WellnessDays days = new WellnessDays();
            try (InputStream in = Files.newInputStream(file)) {
                new AppleHealthReader().read(in, file.toString(), days);
            }
            count = days.size();
        } else {
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            count = 0;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
                XMLStreamReader reader = factory.createXMLStreamReader(in);
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Record")) {
                        count++;
                    }
                }
                reader.close();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(String.format(Locale.ROOT, "%s %d %.3f %d", mode, bytes, seconds, count));
    }
}
