package org.restwise.formats;

/**
 * Bounds on what compressed input may expand to, so a zip or gzip bomb fails one entry instead of
 * filling the disk or the heap.
 *
 * @param maxEntryBytes       most bytes one decompressed file may have
 * @param maxTotalBytes       most bytes all entries of one archive may have together
 * @param maxCompressionRatio most a file may expand relative to its compressed size; activity
 *                            files compress about 5–15 times, a bomb thousands of times
 * @param ratioGraceBytes     below this many decompressed bytes the ratio is not checked (tiny
 *                            repetitive files compress very well and are harmless)
 * @param maxEntries          most entries read from one archive (nested ones included)
 */
public record ArchiveLimits(long maxEntryBytes, long maxTotalBytes, double maxCompressionRatio,
                            long ratioGraceBytes, int maxEntries) {

    /** Generous for a decade of 1 Hz recordings in a Strava or Garmin export, tight for a bomb. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(
            256L * 1024 * 1024, 32L * 1024 * 1024 * 1024, 100, 1024 * 1024, 1_000_000);

    public ArchiveLimits {
        if (maxEntryBytes <= 0 || maxTotalBytes <= 0 || !(maxCompressionRatio > 1) || ratioGraceBytes < 0
                || maxEntries <= 0) {
            throw new IllegalArgumentException("archive limits must be positive (ratio above 1)");
        }
    }
}
