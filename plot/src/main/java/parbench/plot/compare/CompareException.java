package parbench.plot.compare;

import parbench.core.cli.UsageException;

/** Bad input or usage to {@code compare}, {@code promote} or {@code ab}: the command prints the message and exits with code 2. */
public class CompareException extends UsageException {

    private static final long serialVersionUID = 1L;

    public CompareException(String message) {
        super(message);
    }
}
