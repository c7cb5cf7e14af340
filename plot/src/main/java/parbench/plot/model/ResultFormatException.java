package parbench.plot.model;

import java.nio.file.Path;

/** Input that is not usable JMH output; the message names the file and the problem. */
public class ResultFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public ResultFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public ResultFormatException(String message) {
        super(message);
    }
}
