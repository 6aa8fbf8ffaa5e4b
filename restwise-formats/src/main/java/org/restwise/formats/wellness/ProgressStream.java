package org.restwise.formats.wellness;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Counts the bytes read through it and tells {@code progress} the total every {@value #STEP_BYTES} bytes and at the end. */
final class ProgressStream extends FilterInputStream {

    static final long STEP_BYTES = 1 << 20;

    private final LongConsumer progress;
    private long total;
    private long nextReport = STEP_BYTES;

    ProgressStream(InputStream in, LongConsumer progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        if (n < 0) {
            progress.accept(total);
            nextReport = Long.MAX_VALUE;
            return;
        }
        total += n;
        if (total >= nextReport) {
            progress.accept(total);
            nextReport = total + STEP_BYTES;
        }
    }

    long total() {
        return total;
    }
}
