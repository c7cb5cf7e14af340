package parbench.distributed;

/**
 * A distributed job or engine start that failed: the message is one line naming what failed
 * (which member, which address, which timeout) and what to do, so a JMH trial ends with it.
 */
public final class DistributedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DistributedException(String message) {
        super(message);
    }

    public DistributedException(String message, Throwable cause) {
        super(message, cause);
    }
}
