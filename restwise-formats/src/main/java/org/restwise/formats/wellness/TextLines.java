package org.restwise.formats.wellness;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a text file, read in constant memory: strict UTF-8 (a stray byte is an error, not a
 * silent replacement character), a byte-order mark skipped, LF, CRLF and CR all ending a line, and
 * no line longer than {@link #MAX_LINE_CHARS}, so a file without line breaks cannot fill the heap.
 */
final class TextLines implements AutoCloseable {

    static final int MAX_LINE_CHARS = 64 * 1024;

    private final Reader reader;
    private final String source;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private int number;
    private boolean first = true;

    TextLines(InputStream in, String source) {
        this.reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        this.source = source;
    }

    /** The next line without its line break, or null at the end of the file. */
    String next() throws UnreadableWellnessException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            char c = buffer[position++];
            any = true;
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                if (position == limit) {
                    fill();
                }
                if (position < limit && buffer[position] == '\n') {
                    position++;
                }
                break;
            }
            if (line.length() == MAX_LINE_CHARS) {
                throw new UnreadableWellnessException(source, "Line " + (number + 1) + " is longer than "
                        + MAX_LINE_CHARS + " characters; no wellness file has such lines.");
            }
            line.append(c);
        }
        number++;
        if (first) {
            first = false;
            if (line.length() > 0 && line.charAt(0) == '\uFEFF') {
                line.deleteCharAt(0);
            }
        }
        return line.toString();
    }

    /** The number of the line {@link #next} returned last, from 1. */
    int number() {
        return number;
    }

    private boolean fill() throws UnreadableWellnessException {
        try {
            int n = reader.read(buffer);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        } catch (CharacterCodingException e) {
            throw new UnreadableWellnessException(source, "Line " + (number + 1) + " holds bytes that are not UTF-8 text.");
        } catch (IOException e) {
            throw new UnreadableWellnessException(source, "The file could not be read: " + Reasons.firstLine(e.getMessage()) + ".", e);
        }
    }

    @Override
    public void close() {
        // The stream belongs to the caller.
    }
}
