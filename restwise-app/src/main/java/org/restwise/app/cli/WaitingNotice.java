package org.restwise.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one line a command prints when its write waits behind another program's, so a runner knows
 * why nothing happens yet: once per command, however many of its writes wait.
 */
final class WaitingNotice implements Runnable {

    static final String LINE = "Waiting for another Restwise command to finish writing…";

    private final PrintWriter err;
    private final AtomicBoolean said = new AtomicBoolean();

    WaitingNotice(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void run() {
        if (said.compareAndSet(false, true)) {
            err.println(LINE);
            err.flush();
        }
    }
}
