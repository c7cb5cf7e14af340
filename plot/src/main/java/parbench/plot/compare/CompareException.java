package parbench.plot.compare;

/** Bad input or usage: the command prints the message and exits with code 2. */
public class CompareException extends Exception {

    private static final long serialVersionUID = 1L;

    public CompareException(String message) {
        super(message);
    }
}
