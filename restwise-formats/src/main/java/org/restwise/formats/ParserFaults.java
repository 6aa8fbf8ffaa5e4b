package org.restwise.formats;

import java.util.MissingResourceException;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The JDK's StAX parser sometimes fails on malformed input with an unchecked exception instead of
 * an {@link XMLStreamException}: a NUL inside a DTD makes its error reporter look up a message key
 * that does not exist ({@link MissingResourceException} "InvalidCharInDTD", found by fuzzing). This
 * reader turns such failures into the XML error they are, so the readers refuse the file in one
 * sentence like any other malformed XML, and an archive goes on with its next entry.
 */
final class ParserFaults extends StreamReaderDelegate {

    ParserFaults(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        try {
            return super.next();
        } catch (RuntimeException e) {
            throw asXmlError(e);
        }
    }

    @Override
    public boolean hasNext() throws XMLStreamException {
        try {
            return super.hasNext();
        } catch (RuntimeException e) {
            throw asXmlError(e);
        }
    }

    @Override
    public String getElementText() throws XMLStreamException {
        try {
            return super.getElementText();
        } catch (RuntimeException e) {
            throw asXmlError(e);
        }
    }

    @Override
    public int nextTag() throws XMLStreamException {
        try {
            return super.nextTag();
        } catch (RuntimeException e) {
            throw asXmlError(e);
        }
    }

    private XMLStreamException asXmlError(RuntimeException e) {
        String what = e instanceof MissingResourceException missing ? missing.getKey() : e.getClass().getSimpleName();
        XMLStreamException error = new XMLStreamException("the parser stopped on input it cannot read (" + what + ")",
                getLocation());
        error.initCause(e);
        return error;
    }
}
