package org.restwise.core.access;

/** What a person may do on a server. One person can hold several (a coach who also trains). */
public enum Role {
    /** Keeps a journal of their own. */
    ATHLETE,
    /** Reads the journals of the athletes who accepted their squad's invitation. */
    COACH,
    /** Runs the server: creates accounts; created from the command line only. */
    ADMIN
}
