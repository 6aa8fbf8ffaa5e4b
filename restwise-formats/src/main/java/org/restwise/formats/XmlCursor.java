package org.restwise.formats;

import java.time.Instant;
import javax.xml.stream.XMLStreamException;

/**
 * The few pull-parser operations {@link GpxReader} needs, so one track-reading routine runs over
 * either the JDK's StAX parser ({@link StaxCursor}, every file) or the byte scanner
 * ({@link PlainXmlScanner}, the fast path for plain UTF-8 files on disk). Events are
 * {@link javax.xml.stream.XMLStreamConstants} codes.
 */
interface XmlCursor {

    boolean hasNext() throws XMLStreamException;

    int next() throws XMLStreamException;

    /** The current element's name without any prefix: {@code ns3:hr} and {@code gpxtpx:hr} are both {@code hr}. */
    String localName();

    /** The current element's name as written, prefix included. */
    String qualifiedName();

    /** An attribute of the current start element, by local name, as a finite number; null if absent or not one. */
    Double attributeNumber(String localName);

    /** The text of the current, text-only element as a finite number, or null; moves to its end tag. */
    Double textNumber() throws XMLStreamException;

    /** The text of the current, text-only element; moves to its end tag. */
    String text() throws XMLStreamException;

    /** The text of the current, text-only element as an ISO-8601 time; moves to its end tag. */
    Instant textTime(String source) throws XMLStreamException, UnreadableActivityException;

    /** Line of the current event, for error messages. */
    int line();

    void close();
}
