package org.restwise.formats;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way GPX and TCX are opened: a StAX reader with DTDs and external entities off (so XXE
 * and entity bombs are impossible), without namespace processing, and a stream repaired for the
 * one fault real exports have before the XML even starts.
 *
 * <p>Namespace processing is off on purpose: real GPX files use undeclared prefixes
 * ({@code gpxdata:} from mapstogpx.com) and a dozen prefixes for the same Garmin extension
 * ({@code gpxtpx:}, {@code ns3:}, none). We match elements by their local name instead, which is
 * what the two formats need; well-formedness is still checked.
 */
final class XmlInput {

    private static final XMLInputFactory FACTORY = createFactory();

    private XmlInput() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // Keep the parser from printing "[Fatal Error]" lines: the exception carries the problem.
        factory.setXMLReporter((message, errorType, info, location) -> { });
        return factory;
    }

    /**
     * Opens {@code in} for reading. Whitespace before the XML declaration (a Polar V800 export has
     * ten spaces) is skipped: the XML spec forbids it, but it changes nothing in the content.
     */
    static XMLStreamReader open(InputStream in, String source) throws UnreadableActivityException {
        try {
            return FACTORY.createXMLStreamReader(skipLeadingWhitespace(in));
        } catch (XMLStreamException | IOException e) {
            throw notWellFormed(source, e);
        }
    }

    private static InputStream skipLeadingWhitespace(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.mark(4096);
        byte[] head = buffered.readNBytes(4000);
        buffered.reset();
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        int end = start;
        while (end < head.length && (head[end] == ' ' || head[end] == '\t' || head[end] == '\r' || head[end] == '\n')) {
            end++;
        }
        if (end > start) {
            // Dropping a UTF-8 BOM with the whitespace is safe: UTF-8 is the parser's default.
            buffered.skipNBytes(end);
        }
        return buffered;
    }

    /** The element's name without any prefix: {@code ns3:hr} and {@code gpxtpx:hr} are both {@code hr}. */
    static String localName(XMLStreamReader reader) {
        String name = reader.getLocalName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** An attribute's value by local name, or null. */
    static String attribute(XMLStreamReader reader, String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String name = reader.getAttributeLocalName(i);
            int colon = name.indexOf(':');
            if ((colon < 0 ? name : name.substring(colon + 1)).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * An ISO-8601 timestamp as GPX and TCX write it: with Z or an offset, up to nine fractional
     * digits, or without a zone (then UTC, as both specifications require).
     */
    static Instant parseTime(String text) {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text.trim());
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return Instant.from(parsed);
        }
        return LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
    }

    static UnreadableActivityException notWellFormed(String source, Exception e) {
        String where = "";
        if (e instanceof XMLStreamException xml && xml.getLocation() != null) {
            Location location = xml.getLocation();
            where = " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
        }
        return new UnreadableActivityException(source,
                "The file is not well-formed XML" + where + ": " + parserMessage(e) + ".", e);
    }

    static UnreadableActivityException dtdRefused(String source) {
        return new UnreadableActivityException(source,
                "The file declares a DTD; activity files never need one, and it could hide an entity attack, so it is refused.");
    }

    private static String parserMessage(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = message.lastIndexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        message = message.replaceAll("\\s+", " ").trim();
        while (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
