package org.restwise.app.cli;

/**
 * Input a user gave us that we refuse: shown as one line on standard error, exit status 2.
 * The message names what is wrong (a field, a file, a value), never how the code failed.
 */
public class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
