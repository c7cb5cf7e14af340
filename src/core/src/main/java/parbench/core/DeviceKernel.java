package parbench.core;

/**
 * A device backend's kernel bound to one problem's host arrays, so that benchmarks can time the
 * copies and the kernel apart. Device buffers are allocated once, when the kernel is bound.
 * End-to-end time is upload + launch + download; kernel-only time is launch alone.
 */
public interface DeviceKernel extends AutoCloseable {

    /** Copies the inputs host → device. */
    void upload();

    /** Runs the kernel on device-resident data and waits until it has finished. */
    void launch();

    /** Copies the result device → host, into the host array given when binding. */
    void download();

    /** One end-to-end call: upload, launch, download (what the {@code _end_to_end} methods time). */
    default void endToEnd() {
        upload();
        launch();
        download();
    }

    /** Releases the device buffers. */
    @Override
    void close();
}
