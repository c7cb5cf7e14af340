package parbench.opencl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import com.aparapi.Config;
import com.aparapi.Kernel;
import com.aparapi.Range;
import com.aparapi.device.Device;
import com.aparapi.device.OpenCLDevice;
import com.aparapi.internal.kernel.KernelManager;
import com.aparapi.internal.opencl.OpenCLLoader;

/**
 * The OpenCL device Aparapi runs on, chosen explicitly (the same device the JOCL backend uses),
 * and the guard that stops Aparapi's silent fallback.
 *
 * <p>When OpenCL code generation, compilation or launch fails, Aparapi logs a warning and runs the
 * kernel in a Java thread pool instead. A number measured that way would be filed under "aparapi"
 * while measuring plain Java threads. So every kernel here is pinned to one OpenCL device, and every
 * execution is checked afterwards: if Aparapi's target device is not that OpenCL device (it marks a
 * device failed and moves on), {@link #execute} throws with Aparapi's own log messages as the reason.
 */
final class AparapiDevice {

    private AparapiDevice() {
    }

    /** Why Aparapi cannot run, or null when {@link #select()} will succeed. */
    static String problem() {
        try {
            select();
            return null;
        } catch (IllegalStateException e) {
            return e.getMessage();
        } catch (RuntimeException | LinkageError e) {
            return "Aparapi failed to initialise: " + e;
        }
    }

    /** The Aparapi view of the chosen OpenCL device; throws with the reason when there is none. */
    static OpenCLDevice select() {
        OpenClDetection det = OpenClDetection.detect(new JoclDriver());
        if (!det.available()) {
            throw new IllegalStateException("aparapi is unavailable: " + det.reason());
        }
        if (!OpenCLLoader.isOpenCLAvailable()) {
            throw new IllegalStateException("aparapi is unavailable: Aparapi's native library (aparapi-jni) failed to"
                    + " load or could not find libOpenCL; " + OpenClDetection.INSTALL_HINT);
        }
        OpenClInfo.Device wanted = det.device();
        List<String> seen = new ArrayList<>();
        for (OpenCLDevice d : OpenCLDevice.listDevices(null)) {
            if (d.getName().trim().equals(wanted.name())
                    && d.getOpenCLPlatform().getName().trim().equals(det.platformName())) {
                return d;
            }
            seen.add(d.getName());
        }
        throw new IllegalStateException("aparapi is unavailable: Aparapi does not list the OpenCL device '"
                + wanted.name() + "' (it lists " + seen + ")");
    }

    /**
     * Work-items per group of the tiled kernels on a CPU device: one. PoCL then runs a group as
     * plain code on one core; with more it interleaves the work-items around every loop and keeps
     * per-work-item accumulators in memory (3-5x slower, seen in the generated code).
     */
    static final int WORK_GROUP_CPU = 1;

    /** Work-items per group for the tiled kernels when none is forced: 1 on CPU devices, else {@link JoclKernel#WORK_GROUP_OTHER}. */
    static int workGroup(OpenCLDevice device, int forced) {
        if (forced > 0) {
            return forced;
        }
        return device.getType() == Device.TYPE.CPU ? WORK_GROUP_CPU : JoclKernel.WORK_GROUP_OTHER;
    }

    /**
     * Pins the kernel to the device and switches it to explicit transfers (put/get), so that
     * copies and kernel runs can be timed apart.
     */
    static void pin(Kernel kernel, OpenCLDevice device) {
        KernelManager.instance().setPreferredDevices(kernel, new LinkedHashSet<>(List.of(device)));
        kernel.setExplicit(true);
    }

    /**
     * Runs the kernel on the device and proves it ran there as OpenCL; otherwise throws, with the
     * warnings Aparapi logged while falling back, instead of returning thread-pool results.
     */
    static void execute(Kernel kernel, Range range, OpenCLDevice device) {
        Logger log = Logger.getLogger(Config.getLoggerName());
        Capture capture = new Capture();
        log.addHandler(capture);
        try {
            kernel.execute(range);
        } catch (RuntimeException | AssertionError e) {
            // A range bound to a device that has failed ends in an AssertionError inside Aparapi.
            throw notOpenCl(kernel, device, capture, e);
        } finally {
            log.removeHandler(capture);
        }
        Device target = kernel.getTargetDevice();
        boolean failed = KernelManager.instance().getPreferences(kernel).getFailedDevices().contains(device);
        if (!kernel.isRunningCL() || !device.equals(target) || failed) {
            throw notOpenCl(kernel, device, capture, null);
        }
    }

    private static IllegalStateException notOpenCl(Kernel kernel, OpenCLDevice device, Capture capture, Throwable cause) {
        String reasons = capture.messages.isEmpty() ? "no reason logged" : String.join("; ", capture.messages);
        return new IllegalStateException("Aparapi did not run " + kernel.getClass().getSimpleName()
                + " as OpenCL on '" + device.getName() + "' (it would have fallen back to "
                + (kernel.getTargetDevice() == null ? "its Java thread pool" : kernel.getTargetDevice().getShortDescription())
                + "); refusing to report those results as aparapi. Aparapi said: " + reasons, cause);
    }

    /** Collects Aparapi's warnings during one execution. */
    private static final class Capture extends Handler {
        final List<String> messages = new ArrayList<>();

        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                String m = r.getMessage();
                if (r.getThrown() != null) {
                    m = m + " (" + r.getThrown() + ")";
                }
                messages.add(m);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
