package parbench.core.cli;

/**
 * Bad input or usage: the command prints {@code command: message} (one line, no stack trace) and
 * exits with {@link ExitCodes#USAGE}. Commands' own exceptions for bad input extend it.
 */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
