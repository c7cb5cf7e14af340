package parbench.core.lessons;

/**
 * What every lesson variant is called and shown as: its id (the JMH method name of the lesson's
 * benchmark), whether it runs on more than one thread, and the one line the docs show.
 */
public record VariantInfo(String id, boolean threaded, String description) {
}
