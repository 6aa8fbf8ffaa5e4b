package org.restwise.formats;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts the bytes coming out of a decompressing stream and stops it as soon as it grows past the
 * entry limit, the archive's remaining budget, or the compression ratio allowed.
 */
final class InflationGuard extends FilterInputStream {

    /** Raised inside a read; the reader turns it into a one-line reason for the entry. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message);
        }
    }

    /** Bytes all guarded streams of one archive may still produce. */
    static final class Budget {
        private long remaining;

        Budget(long bytes) {
            this.remaining = bytes;
        }

        boolean exhausted() {
            return remaining <= 0;
        }
    }

    private final ArchiveLimits limits;
    private final LongSupplier compressedBytes;
    private final Budget budget;
    private long produced;

    InflationGuard(InputStream inflated, ArchiveLimits limits, LongSupplier compressedBytes, Budget budget) {
        super(inflated);
        this.limits = limits;
        this.compressedBytes = compressedBytes;
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        produced += n;
        budget.remaining -= n;
        if (produced > limits.maxEntryBytes()) {
            throw new LimitExceeded("It expands to more than " + limits.maxEntryBytes() / (1024 * 1024)
                    + " MB, too large for one activity file.");
        }
        if (budget.remaining < 0) {
            throw new LimitExceeded("The archive expands to more than " + limits.maxTotalBytes() / (1024 * 1024)
                    + " MB in total; reading stopped there.");
        }
        long compressed = Math.max(1, compressedBytes.getAsLong());
        if (produced > limits.ratioGraceBytes() && produced > limits.maxCompressionRatio() * compressed) {
            throw new LimitExceeded("It expands more than " + (long) limits.maxCompressionRatio()
                    + " times its compressed size, like a zip bomb, so it is not read.");
        }
    }
}
