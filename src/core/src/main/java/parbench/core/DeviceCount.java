package parbench.core;

/** A bound Monte Carlo device kernel: after {@link #download()}, {@link #count()} is the inside count. */
public interface DeviceCount extends DeviceKernel {

    /** The inside count from the last download. */
    long count();
}
