package org.restwise.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * A fast {@link XmlCursor} for the plain XML nearly every GPX file is: UTF-8, elements, attributes,
 * text and comments — no entity or character references, CDATA, DTD, or processing instructions
 * past the declaration. It works on the bytes (no decoder, no String per element, numbers parsed in
 * place), several times faster than the JDK's StAX parser on a short-lived JVM.
 *
 * <p>It checks well-formedness for what it accepts (nesting, names, quoting, UTF-8, the characters
 * XML forbids). Anything else, an error included, throws {@link Unsupported}: the caller then reads
 * the file again with {@link StaxCursor}, which reads it or words the error exactly as always. So
 * no result or message depends on which of the two read a file.
 */
final class PlainXmlScanner implements XmlCursor {

    /** This input needs the full parser. No stack trace: it is a decision, not a failure. */
    static final class Unsupported extends XMLStreamException {
        Unsupported(String why) {
            super(why);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private static final String S = "[ \\t\\r\\n]";
    private static final Pattern PLAIN_DECLARATION = Pattern.compile("<\\?xml" + S + "+version" + S + "*=" + S
            + "*([\"'])1\\.0\\1(?:" + S + "+encoding" + S + "*=" + S + "*([\"'])(?i:utf-8)\\2)?(?:" + S
            + "+standalone" + S + "*=" + S + "*([\"'])(?:yes|no)\\3)?" + S + "*\\?>");
    private static final int MAX_BUFFER = 1 << 20;
    private static final int MAX_DEPTH = 1000;
    private static final int MAX_ATTRIBUTES = 64;
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22};

    private final InputStream in;
    private final Names names = new Names();
    private final AsciiView view = new AsciiView();
    private byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    /** Start of the bytes the current event still needs (its tag or text); -1 when none. */
    private int keep = -1;

    private Name[] stack = new Name[32];
    private int depth;
    private boolean started;
    private boolean rootClosed;
    private boolean pendingEnd;
    private Name current;
    private int event = XMLStreamConstants.START_DOCUMENT;

    /** The current start tag's attributes; value offsets count from {@link #keep}. */
    private final Name[] attributeNames = new Name[MAX_ATTRIBUTES];
    private final int[] attributeFrom = new int[MAX_ATTRIBUTES];
    private final int[] attributeTo = new int[MAX_ATTRIBUTES];
    private int attributeCount;
    /** Consecutive ']' just read in text: "]]>" is not allowed there. */
    private int closingBrackets;

    /** The date ({@code 2024-05-01}) of the last fast-form time read, and its epoch day. */
    private static final int DATE_LENGTH = 10;
    private static final long NO_DAY = Long.MIN_VALUE;
    private final byte[] lastDate = new byte[DATE_LENGTH];
    private long lastDay = NO_DAY;

    PlainXmlScanner(InputStream in) {
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        return event != XMLStreamConstants.END_DOCUMENT;
    }

    @Override
    public int next() throws XMLStreamException {
        keep = -1;
        attributeCount = 0;
        if (pendingEnd) {
            pendingEnd = false;
            return event = endElement();
        }
        if (!started) {
            started = true;
            prolog();
        } else if (rootClosed) {
            misc();
            if (peek() >= 0) {
                throw new Unsupported("content after the root element");
            }
            return event = XMLStreamConstants.END_DOCUMENT;
        } else {
            skipText();
        }
        if (peek() != '<') {
            throw new Unsupported("unexpected end of the document");
        }
        keep = pos;
        pos++;
        int b = required();
        if (b == '/') {
            pos++;
            return event = endTag();
        }
        if (b == '!' || b == '?') {
            throw new Unsupported("markup declaration, CDATA or processing instruction");
        }
        return event = startTag();
    }

    @Override
    public String localName() {
        return current.local;
    }

    @Override
    public String qualifiedName() {
        return current.qualified;
    }

    @Override
    public Double attributeNumber(String localName) {
        for (int i = 0; i < attributeCount; i++) {
            if (attributeNames[i].local.equals(localName)) {
                return number(keep + attributeFrom[i], keep + attributeTo[i]);
            }
        }
        return null;
    }

    @Override
    public Double textNumber() throws XMLStreamException {
        long range = elementText();
        return number((int) (range >>> 32), (int) range);
    }

    @Override
    public String text() throws XMLStreamException {
        long range = elementText();
        int from = (int) (range >>> 32);
        return new String(buf, from, (int) range - from, StandardCharsets.UTF_8);
    }

    @Override
    public Instant textTime(String source) throws XMLStreamException {
        long range = elementText();
        int from = trimStart((int) (range >>> 32), (int) range);
        int to = trimEnd(from, (int) range);
        if (lastDay != NO_DAY && to - from >= DATE_LENGTH
                && Arrays.equals(buf, from, from + DATE_LENGTH, lastDate, 0, DATE_LENGTH)) {
            Instant sameDay = XmlInput.parseUtcOnDay(lastDay, view.of(buf, from, to));
            if (sameDay != null) {
                return sameDay;
            }
        }
        Instant utc = XmlInput.parseUtc(view.of(buf, from, to));
        if (utc != null) {
            System.arraycopy(buf, from, lastDate, 0, DATE_LENGTH);
            lastDay = Math.floorDiv(utc.getEpochSecond(), 86_400);
            return utc;
        }
        try {
            return XmlInput.parseTime(new String(buf, from, to - from, StandardCharsets.UTF_8));
        } catch (DateTimeParseException e) {
            throw new Unsupported("a time the full parser must word");
        }
    }

    /** Not tracked: this scanner never reports an error itself, the full parser does. */
    @Override
    public int line() {
        return 0;
    }

    @Override
    public void close() {
        // The stream belongs to the caller.
    }

    // ---- structure

    private void prolog() throws XMLStreamException {
        if (peek() == 0xEF) {
            if (required(1) != 0xBB || required(2) != 0xBF) {
                throw new Unsupported("not a UTF-8 byte order mark");
            }
            pos += 3;
        }
        int spaces = 0;
        while (isSpace(peek())) {
            pos++;
            if (++spaces > 1000) {
                throw new Unsupported("long leading whitespace");
            }
        }
        if (peek() == '<' && required(1) == '?') {
            keep = pos;
            while (!(required() == '?' && required(1) == '>')) {
                skipChar(required());
            }
            pos += 2;
            String declaration = new String(buf, keep, pos - keep, StandardCharsets.ISO_8859_1);
            keep = -1;
            if (!PLAIN_DECLARATION.matcher(declaration).matches()) {
                throw new Unsupported("an XML declaration other than version 1.0 in UTF-8");
            }
        }
        misc();
    }

    /** Whitespace and comments, where the document allows nothing else. */
    private void misc() throws XMLStreamException {
        while (true) {
            int b = peek();
            if (isSpace(b)) {
                pos++;
            } else if (b == '<' && required(1) == '!' && required(2) == '-' && required(3) == '-') {
                pos += 4;
                comment();
            } else {
                return;
            }
        }
    }

    private void comment() throws XMLStreamException {
        while (true) {
            int b = required();
            if (b == '-' && required(1) == '-') {
                if (required(2) != '>') {
                    throw new Unsupported("'--' inside a comment");
                }
                pos += 3;
                return;
            }
            skipChar(b);
        }
    }

    /** Character data between tags: checked, not kept. */
    private void skipText() throws XMLStreamException {
        closingBrackets = 0;
        while (true) {
            int plain = plainRun(true);
            if (plain > pos) {
                pos = plain;
                closingBrackets = 0;
            }
            int b = peek();
            if (b < 0) {
                throw new Unsupported("unclosed element");
            }
            if (b == '<') {
                if (required(1) == '!' && required(2) == '-' && required(3) == '-') {
                    pos += 4;
                    comment();
                    continue;
                }
                return;
            }
            textChar(b);
        }
    }

    private int startTag() throws XMLStreamException {
        Name name = name();
        while (true) {
            int b = required();
            boolean spaced = false;
            while (isSpace(b)) {
                pos++;
                spaced = true;
                b = required();
            }
            if (b == '>') {
                pos++;
                break;
            }
            if (b == '/') {
                if (required(1) != '>') {
                    throw new Unsupported("'/' inside a start tag");
                }
                pos += 2;
                pendingEnd = true;
                break;
            }
            if (!spaced) {
                throw new Unsupported("attributes without space between them");
            }
            attribute();
        }
        if (depth == 0 && rootClosed) {
            throw new Unsupported("a second root element");
        }
        if (depth == MAX_DEPTH) {
            throw new Unsupported("nesting too deep");
        }
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = name;
        current = name;
        return XMLStreamConstants.START_ELEMENT;
    }

    private void attribute() throws XMLStreamException {
        Name name = name();
        while (isSpace(required())) {
            pos++;
        }
        if (required() != '=') {
            throw new Unsupported("attribute without a value");
        }
        pos++;
        while (isSpace(required())) {
            pos++;
        }
        int quote = required();
        if (quote != '"' && quote != '\'') {
            throw new Unsupported("unquoted attribute value");
        }
        pos++;
        int from = pos - keep;
        int b;
        while ((b = required()) != quote) {
            if (b == '<' || b == '&') {
                throw new Unsupported("'<' or a reference in an attribute value");
            }
            skipChar(b);
        }
        for (int i = 0; i < attributeCount; i++) {
            if (attributeNames[i] == name) {
                throw new Unsupported("a repeated attribute");
            }
        }
        if (attributeCount == MAX_ATTRIBUTES) {
            throw new Unsupported("too many attributes");
        }
        attributeNames[attributeCount] = name;
        attributeFrom[attributeCount] = from;
        attributeTo[attributeCount++] = pos - keep;
        pos++;
    }

    /** After {@code </}: the name must close the open element. */
    private int endTag() throws XMLStreamException {
        Name name = name();
        while (isSpace(required())) {
            pos++;
        }
        if (required() != '>') {
            throw new Unsupported("malformed end tag");
        }
        pos++;
        if (depth == 0 || stack[depth - 1] != name) {
            throw new Unsupported("end tag does not match");
        }
        return endElement();
    }

    private int endElement() {
        current = stack[--depth];
        if (depth == 0) {
            rootClosed = true;
        }
        return XMLStreamConstants.END_ELEMENT;
    }

    /**
     * Reads the current element's text up to its end tag, as StAX's {@code getElementText} does,
     * and returns the byte range (from &lt;&lt; 32 | to), valid until the next call.
     */
    private long elementText() throws XMLStreamException {
        if (event != XMLStreamConstants.START_ELEMENT) {
            throw new Unsupported("text asked for outside a start element");
        }
        attributeCount = 0;
        if (pendingEnd) {
            pendingEnd = false;
            event = endElement();
            return 0;
        }
        keep = pos;
        closingBrackets = 0;
        int b;
        while (true) {
            int plain = plainRun(false);
            if (plain > pos) {
                pos = plain;
                closingBrackets = 0;
            }
            b = required();
            if (b == '<') {
                break;
            }
            if (b == '\r') {
                throw new Unsupported("a line break the full parser normalises");
            }
            textChar(b);
        }
        int to = pos - keep;
        if (required(1) != '/') {
            throw new Unsupported("markup inside a text-only element");
        }
        pos += 2;
        event = endTag();
        return (long) keep << 32 | (keep + to);
    }

    private Name name() throws XMLStreamException {
        int b = required();
        if (!(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == ':')) {
            throw new Unsupported("a name this scanner does not read");
        }
        int length = 0;
        int hash = 1;
        int colons = 0;
        do {
            hash = 31 * hash + b;
            colons += b == ':' ? 1 : 0;
            pos++;
            length++;
            b = required();
        } while (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
                || b == '_' || b == ':' || b == '-' || b == '.');
        if (b >= 0x80) {
            throw new Unsupported("a non-ASCII name");
        }
        // A namespaced name has one colon, inside it; StAX refuses the others ("a:b:c", "a:", ":a").
        if (colons > 1 || (colons == 1 && (buf[pos - length] == ':' || buf[pos - 1] == ':'))) {
            throw new Unsupported("a name with a colon out of place");
        }
        // Counted, not remembered as an index: a refill may have moved the bytes (never dropped them).
        return names.of(buf, pos - length, pos, hash);
    }

    // ---- characters

    /**
     * Where the run of plain ASCII text from the cursor ends, within the buffer: the bulk of a GPX
     * file, stepped over in one tight loop. Markup, references, ']', '>' and anything beyond ASCII
     * stop it and take the careful way.
     */
    private int plainRun(boolean carriageReturnIsPlain) {
        byte[] bytes = buf;
        int p = pos;
        int end = limit;
        while (p < end) {
            int c = bytes[p];
            if (c >= 0x20 ? c == '<' || c == '&' || c == '>' || c == ']'
                    : c != '\n' && c != '\t' && (c != '\r' || !carriageReturnIsPlain)) {
                break;
            }
            p++;
        }
        return p;
    }

    /** One character of text: references and a literal "]]>" need the full parser. */
    private void textChar(int b) throws XMLStreamException {
        if (b == '&') {
            throw new Unsupported("a reference in text");
        }
        if (b == '>' && closingBrackets >= 2) {
            throw new Unsupported("']]>' in text");
        }
        closingBrackets = b == ']' ? closingBrackets + 1 : 0;
        skipChar(b);
    }

    /** Steps over one character, checking it is one XML allows and, beyond ASCII, valid UTF-8. */
    private void skipChar(int b) throws XMLStreamException {
        if (b < 0x80) {
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                throw new Unsupported("a control character");
            }
            pos++;
            return;
        }
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw new Unsupported("not UTF-8");
        }
        int second = required(1);
        if (second < low || second > high) {
            throw new Unsupported("not UTF-8");
        }
        for (int i = 2; i < length; i++) {
            int next = required(i);
            if (next < 0x80 || next > 0xBF) {
                throw new Unsupported("not UTF-8");
            }
        }
        if (b == 0xEF && second == 0xBF && required(2) >= 0xBE) {
            throw new Unsupported("U+FFFE or U+FFFF");
        }
        pos += length;
    }

    private static boolean isSpace(int b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    // ---- numbers

    /** As {@link GpxReader#number}: a finite number, or null. */
    private Double number(int from, int to) {
        from = trimStart(from, to);
        to = trimEnd(from, to);
        double simple = simpleDecimal(buf, from, to);
        if (!Double.isNaN(simple)) {
            return simple;
        }
        return GpxReader.number(new String(buf, from, to - from, StandardCharsets.UTF_8));
    }

    /**
     * A plain decimal ({@code -12.345}) of at most 15 significant digits and 22 decimals, exactly as
     * {@link Double#parseDouble} gives it: the digits and the power of ten are both exact doubles,
     * so their quotient is correctly rounded. NaN for any other form, which then takes the slow way.
     */
    static double simpleDecimal(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long digits = 0;
        int significant = 0;
        int decimals = 0;
        boolean any = false;
        boolean point = false;
        for (; i < to; i++) {
            int c = b[i];
            if (c == '.' && !point) {
                point = true;
                continue;
            }
            if (c < '0' || c > '9') {
                return Double.NaN;
            }
            any = true;
            if (point) {
                decimals++;
            }
            if (digits != 0 || c != '0') {
                if (++significant > 15) {
                    return Double.NaN;
                }
                digits = digits * 10 + (c - '0');
            }
        }
        if (!any || decimals >= POWERS_OF_TEN.length) {
            return Double.NaN;
        }
        double value = digits / POWERS_OF_TEN[decimals];
        return negative ? -value : value;
    }

    /** As {@link String#trim}: characters up to U+0020 at either end are not content. */
    private int trimStart(int from, int to) {
        while (from < to && (buf[from] & 0xFF) <= ' ') {
            from++;
        }
        return from;
    }

    private int trimEnd(int from, int to) {
        while (to > from && (buf[to - 1] & 0xFF) <= ' ') {
            to--;
        }
        return to;
    }

    // ---- buffer

    /** The byte at the cursor, or -1 at the end of the input. */
    private int peek() throws XMLStreamException {
        return pos < limit ? buf[pos] & 0xFF : fill(1) ? buf[pos] & 0xFF : -1;
    }

    private int required() throws XMLStreamException {
        return required(0);
    }

    /** The byte {@code ahead} places after the cursor; the input must have it. */
    private int required(int ahead) throws XMLStreamException {
        int at = pos + ahead;
        return at < limit ? buf[at] & 0xFF : refilled(ahead);
    }

    private int refilled(int ahead) throws XMLStreamException {
        if (!fill(ahead + 1)) {
            throw new Unsupported("unexpected end of the document");
        }
        return buf[pos + ahead] & 0xFF;
    }

    /** Makes {@code needed} bytes available from the cursor, keeping those from {@link #keep} on. */
    private boolean fill(int needed) throws XMLStreamException {
        while (limit - pos < needed) {
            if (eof) {
                return false;
            }
            int from = keep >= 0 ? keep : pos;
            if (from > 0) {
                System.arraycopy(buf, from, buf, 0, limit - from);
                limit -= from;
                pos -= from;
                if (keep >= 0) {
                    keep = 0;
                }
            }
            if (limit == buf.length) {
                if (buf.length >= MAX_BUFFER) {
                    throw new Unsupported("a tag or text too long to keep");
                }
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            try {
                int n = in.read(buf, limit, buf.length - limit);
                if (n < 0) {
                    eof = true;
                } else {
                    limit += n;
                }
            } catch (IOException e) {
                throw new Unsupported("the input failed: " + e.getMessage());
            }
        }
        return true;
    }

    /** An element or attribute name, once per distinct spelling. */
    private record Name(byte[] bytes, String qualified, String local) {
    }

    /** The distinct names of a document: a GPX file has a few dozen, seen millions of times. */
    private static final class Names {
        private static final int MAX_NAMES = 1024;
        private final Name[] table = new Name[MAX_NAMES * 2];
        private int count;

        Name of(byte[] buf, int from, int to, int hash) throws Unsupported {
            int mask = table.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                Name name = table[slot];
                if (name == null) {
                    if (++count > MAX_NAMES) {
                        throw new Unsupported("too many distinct names");
                    }
                    String qualified = new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
                    int colon = qualified.indexOf(':');
                    table[slot] = new Name(Arrays.copyOfRange(buf, from, to), qualified,
                            colon < 0 ? qualified : qualified.substring(colon + 1));
                    return table[slot];
                }
                if (Arrays.equals(name.bytes, 0, name.bytes.length, buf, from, to)) {
                    return name;
                }
            }
        }
    }

    /** Bytes seen as characters, one per byte, so the ASCII time parser needs no String. */
    private static final class AsciiView implements CharSequence {
        private byte[] bytes;
        private int from;
        private int to;

        AsciiView of(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.from = from;
            this.to = to;
            return this;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[from + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, from + start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
    }
}
