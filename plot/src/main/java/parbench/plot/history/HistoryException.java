package parbench.plot.history;

/** Bad input to {@code history}: the message is the one line the user sees (exit 2). */
public final class HistoryException extends Exception {
    private static final long serialVersionUID = 1L;

    public HistoryException(String message) {
        super(message);
    }
}
