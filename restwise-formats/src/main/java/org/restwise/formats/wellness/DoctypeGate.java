package org.restwise.formats.wellness;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Takes the document type declaration out of an XML file before the parser sees it. Apple Health's
 * {@code export.xml} opens with a DOCTYPE whose internal subset declares its elements and attributes;
 * a safe parser refuses DTDs, and we need nothing from this one. So the declaration is cut out here,
 * by a small scanner that knows quotes, comments and the subset's brackets, and refused outright when
 * it is longer than {@value #MAX_DOCTYPE_BYTES} bytes or declares an entity: Apple's never does, and
 * entities are how "billion laughs" bombs and external-entity attacks work. The parser then runs
 * with DTDs off as for every other file, so an entity reference left in the document is an error.
 */
final class DoctypeGate {

    static final int MAX_DOCTYPE_BYTES = 256 * 1024;
    /** How far into the file the DOCTYPE may start: after the XML declaration and perhaps a comment. */
    private static final int PROLOG_BYTES = 8 * 1024;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);

    private DoctypeGate() {
    }

    /** The stream without its DOCTYPE (unchanged when it has none). */
    static InputStream without(InputStream in, String source) throws UnreadableWellnessException, IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.mark(PROLOG_BYTES + MAX_DOCTYPE_BYTES + 1);
        byte[] head = buffered.readNBytes(PROLOG_BYTES + MAX_DOCTYPE_BYTES + 1);
        buffered.reset();
        int start = indexOf(head, DOCTYPE, 0, Math.min(head.length, PROLOG_BYTES));
        if (start < 0) {
            return buffered;
        }
        int end = end(head, start + DOCTYPE.length);
        if (end < 0 || end - start > MAX_DOCTYPE_BYTES) {
            throw new UnreadableWellnessException(source, "The file's DOCTYPE declaration is longer than "
                    + MAX_DOCTYPE_BYTES / 1024 + " KB or never ends; Apple's is a few kilobytes, so it is refused.");
        }
        if (indexOf(head, ENTITY, start, end) >= 0) {
            throw new UnreadableWellnessException(source, "The file's DOCTYPE declares entities; Apple Health exports"
                    + " never do, and entities can hide an attack, so it is refused.");
        }
        buffered.skipNBytes(end + 1);
        // the declaration's line breaks stay, so the parser's line numbers are the file's
        int lineBreaks = 0;
        for (int i = start; i <= end; i++) {
            lineBreaks += head[i] == '\n' ? 1 : 0;
        }
        byte[] kept = Arrays.copyOf(head, start + lineBreaks);
        Arrays.fill(kept, start, kept.length, (byte) '\n');
        return new SequenceInputStream(new ByteArrayInputStream(kept), buffered);
    }

    /** Index of the {@code >} that closes the declaration, or -1 when it is not within {@code head}. */
    private static int end(byte[] head, int from) {
        int depth = 0;
        byte quote = 0;
        for (int i = from; i < head.length; i++) {
            byte b = head[i];
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '<' && i + 3 < head.length && head[i + 1] == '!' && head[i + 2] == '-' && head[i + 3] == '-') {
                int close = indexOf(head, "-->".getBytes(StandardCharsets.US_ASCII), i + 4, head.length);
                if (close < 0) {
                    return -1;
                }
                i = close + 2;
            } else if (b == '[') {
                depth++;
            } else if (b == ']') {
                depth--;
            } else if (b == '>' && depth <= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from, int to) {
        outer:
        for (int i = from; i + pattern.length <= to; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
