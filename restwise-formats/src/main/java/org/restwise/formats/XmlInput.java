package org.restwise.formats;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    private XmlInput() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // Keep the parser from printing "[Fatal Error]" lines: the exception carries the problem.
        factory.setXMLReporter((message, errorType, info, location) -> { });
        return factory;
    }

    /**
     * Opens {@code in} for reading. Whitespace before the XML declaration (a Polar V800 export has
     * ten spaces) is skipped: the XML spec forbids it, but it changes nothing in the content.
     *
     * <p>We decode the bytes ourselves, with the encoding the BOM or the declaration names, and a
     * decoder that reports malformed bytes: the JDK parser's own decoder prints "[Fatal Error]"
     * lines on standard error for them, which a runner must never see.
     */
    static XMLStreamReader open(InputStream in, String source) throws UnreadableActivityException {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
            buffered.mark(4096);
            byte[] head = buffered.readNBytes(4000);
            buffered.reset();
            Charset charset = StandardCharsets.UTF_8;
            int start = 0;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                start = 3;
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                charset = StandardCharsets.UTF_16BE;
                start = 2;
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                charset = StandardCharsets.UTF_16LE;
                start = 2;
            } else {
                charset = declaredCharset(head, source);
            }
            int end = start;
            while (end < head.length
                    && (head[end] == ' ' || head[end] == '\t' || head[end] == '\r' || head[end] == '\n')) {
                end++;
            }
            buffered.skipNBytes(end);
            Reader reader = new InputStreamReader(buffered, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            return new ParserFaults(FACTORY.createXMLStreamReader(reader));
        } catch (XMLStreamException | IOException e) {
            throw notWellFormed(source, e);
        }
    }

    private static Charset declaredCharset(byte[] head, String source) throws UnreadableActivityException {
        Matcher declaration = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!declaration.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declaration.group(1));
        } catch (IllegalArgumentException e) {
            throw new UnreadableActivityException(source, "The file declares an unknown character encoding '"
                    + SensorValues.shorten(declaration.group(1)) + "'.");
        }
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
        String trimmed = text.trim();
        Instant utc = parseUtc(trimmed);
        if (utc != null) {
            return utc;
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(trimmed);
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return Instant.from(parsed);
        }
        return LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
    }

    /**
     * The common {@code 2024-05-01T10:00:00(.fraction)Z} form, parsed by hand: the general formatter
     * builds a map per call and was most of the time spent reading a large GPX. Null for any other form.
     * A {@link CharSequence} so that {@link PlainXmlScanner} can hand over bytes without a String.
     */
    static Instant parseUtc(CharSequence t) {
        long timeOfDay = utcTimeOfDayNanos(t);
        if (timeOfDay < 0 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return onDay(LocalDate.of(year, month, day).toEpochDay(), timeOfDay);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * As {@link #parseUtc}, for a text whose first ten characters spell the date of
     * {@code epochDay} (checked by the caller): a track's points share their date, and reading
     * only the time of day saves most of the work.
     */
    static Instant parseUtcOnDay(long epochDay, CharSequence t) {
        long timeOfDay = utcTimeOfDayNanos(t);
        return timeOfDay < 0 ? null : onDay(epochDay, timeOfDay);
    }

    private static Instant onDay(long epochDay, long timeOfDayNanos) {
        return Instant.ofEpochSecond(epochDay * 86_400 + timeOfDayNanos / 1_000_000_000L,
                timeOfDayNanos % 1_000_000_000L);
    }

    /**
     * Nanoseconds into the day of the fast form's {@code THH:MM:SS(.fraction)Z} part, or -1 when
     * {@code t} is not of that form or the time is not a valid one (as {@code LocalTime.of} judges).
     */
    private static long utcTimeOfDayNanos(CharSequence t) {
        int n = t.length();
        if (n < 20 || t.charAt(n - 1) != 'Z' || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return -1;
        }
        int nanos = 0;
        if (n > 20) {
            int fractionDigits = n - 21;
            if (t.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return -1;
            }
            int fraction = digits(t, 20, n - 1);
            if (fraction < 0) {
                return -1;
            }
            nanos = fraction;
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return -1;
        }
        return (hour * 3600L + minute * 60L + second) * 1_000_000_000L + nanos;
    }

    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static UnreadableActivityException notWellFormed(String source, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof XMLStreamException x ? x.getNestedException() : null) {
            if (t instanceof CharacterCodingException) {
                return new UnreadableActivityException(source,
                        "The file holds bytes that are not valid text in its declared character encoding.", e);
            }
            if (t == t.getCause()) {
                break;
            }
        }
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
