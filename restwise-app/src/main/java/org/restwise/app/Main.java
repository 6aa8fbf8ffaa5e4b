package org.restwise.app;

import org.restwise.app.cli.OutOfMemory;
import org.restwise.app.cli.RestwiseCommand;

/** Entry point of the runnable jar: the only place that calls {@code System.exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(OutOfMemory.execute(RestwiseCommand.commandLine(), args));
    }
}
