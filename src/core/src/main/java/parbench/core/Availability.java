package parbench.core;

/**
 * Whether a backend can run on this machine, and why not when it cannot.
 * Availability is an answer, never an exception: the reason is one line a person can act on.
 *
 * @param available true when the backend can run
 * @param detail    when available, what it runs on (device, species); otherwise the reason it cannot
 */
public record Availability(boolean available, String detail) {

    public static Availability available(String detail) {
        return new Availability(true, detail);
    }

    public static Availability unavailable(String reason) {
        return new Availability(false, reason);
    }

    @Override
    public String toString() {
        return available ? "available: " + detail : "unavailable: " + detail;
    }
}
