package org.restwise.formats;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** {@link XmlCursor} over the JDK's StAX parser: reads every file, and words every error. */
final class StaxCursor implements XmlCursor {

    private final XMLStreamReader reader;

    StaxCursor(XMLStreamReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean hasNext() throws XMLStreamException {
        return reader.hasNext();
    }

    @Override
    public int next() throws XMLStreamException {
        return reader.next();
    }

    @Override
    public String localName() {
        return XmlInput.localName(reader);
    }

    @Override
    public String qualifiedName() {
        return reader.getLocalName();
    }

    @Override
    public Double attributeNumber(String localName) {
        return GpxReader.number(XmlInput.attribute(reader, localName));
    }

    @Override
    public Double textNumber() throws XMLStreamException {
        return GpxReader.number(reader.getElementText());
    }

    @Override
    public String text() throws XMLStreamException {
        return reader.getElementText();
    }

    @Override
    public Instant textTime(String source) throws XMLStreamException, UnreadableActivityException {
        int line = line();
        String text = reader.getElementText();
        try {
            return XmlInput.parseTime(text);
        } catch (DateTimeParseException e) {
            throw new UnreadableActivityException(source, "The track point time at line " + line
                    + " is not an ISO-8601 timestamp: '" + SensorValues.shorten(text) + "'.");
        }
    }

    @Override
    public int line() {
        return reader.getLocation().getLineNumber();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // Closing a reader over a stream we do not own releases nothing worth reporting.
        }
    }
}
