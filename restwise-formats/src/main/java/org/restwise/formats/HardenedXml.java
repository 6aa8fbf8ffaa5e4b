package org.restwise.formats;

import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The activity readers' hardened StAX setup ({@link XmlInput}: no DTD processing, no external
 * entities, our own strict decoding, no "[Fatal Error]" lines on standard error), opened to the
 * other readers of this module so that every XML file Restwise reads goes through the same door.
 * A DTD event is still the caller's to refuse.
 */
public final class HardenedXml {

    private HardenedXml() {
    }

    /** Opens {@code in}; the exception's reason is one sentence for a runner. */
    public static XMLStreamReader open(InputStream in, String source) throws UnreadableActivityException {
        return XmlInput.open(in, source);
    }

    /** One sentence saying where and why the parser stopped (line and column when it knows them). */
    public static String reasonNotWellFormed(String source, XMLStreamException e) {
        return XmlInput.notWellFormed(source, e).reason();
    }
}
