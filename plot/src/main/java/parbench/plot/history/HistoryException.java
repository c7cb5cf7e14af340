package parbench.plot.history;

import parbench.core.cli.UsageException;

/** Bad input to {@code history}: the message is the one line the user sees (exit 2). */
public final class HistoryException extends UsageException {
    private static final long serialVersionUID = 1L;

    public HistoryException(String message) {
        super(message);
    }
}
