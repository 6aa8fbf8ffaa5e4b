package org.restwise.formats;

/** What reading one file or archive entry gave: an activity, or the reason it could not. */
public sealed interface ReadOutcome {

    /** The file or entry the outcome is about. */
    String source();

    record Read(ReadActivity activity) implements ReadOutcome {
        @Override
        public String source() {
            return activity.source();
        }
    }

    record Failed(String source, String reason) implements ReadOutcome {
        static Failed of(UnreadableActivityException e) {
            return new Failed(e.source(), e.reason());
        }
    }
}
