package parbench.cuda;

import java.util.ArrayList;
import java.util.List;
import parbench.core.DeviceKernel;

/**
 * What every jcuda kernel class shares: the context (acquired in the constructor, which throws
 * IllegalStateException with the reason when CUDA is unavailable), the device buffers the
 * end-to-end calls reuse, and the kernels bound to one problem ({@link BoundKernel}) handed out by
 * {@code bind}, closed with the instance so no device memory outlives it.
 */
abstract class JcudaKernel implements AutoCloseable {

    final CudaContext context;
    private final List<DeviceKernel> bound = new ArrayList<>();
    /** The buffers of the end-to-end calls, grown on demand and reused. */
    private final List<DeviceBuffer> shared = new ArrayList<>();
    private boolean closed;

    JcudaKernel() {
        this.context = CudaContext.acquire();
    }

    /** A buffer of the end-to-end calls, released with the instance. */
    final DeviceBuffer sharedBuffer() {
        DeviceBuffer b = new DeviceBuffer();
        shared.add(b);
        return b;
    }

    /** Makes the context current on this thread; rejects use after close. */
    final void enter() {
        if (closed) {
            throw new IllegalStateException(getClass().getSimpleName() + " is closed");
        }
        context.makeCurrent();
    }

    final <T extends DeviceKernel> T track(T kernel) {
        bound.add(kernel);
        return kernel;
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        context.makeCurrent();
        closed = true;
        for (DeviceKernel k : bound) {
            k.close();
        }
        bound.clear();
        for (DeviceBuffer b : shared) {
            b.close();
        }
    }

    /** Blocks for a 1D grid-stride launch: enough to cover n, at most a few waves per multiprocessor. */
    final int gridStrideBlocks(long n, int block, int blocksPerSm) {
        long needed = Math.max(1, (n + block - 1) / block);
        long cap = (long) Math.max(1, context.device().multiprocessors()) * blocksPerSm;
        return (int) Math.min(needed, cap);
    }

    /**
     * A kernel bound to one problem. For an end-to-end call it borrows the instance's shared
     * buffers; from {@code bind} it owns buffers of its own, released by close(). Each step makes
     * the context current first; launch() returns when the device has finished.
     */
    abstract class BoundKernel implements DeviceKernel {
        private final boolean owned;
        private final List<DeviceBuffer> buffers = new ArrayList<>();

        /** @param owned true for bind(): buffers of its own; false: the instance's shared ones */
        BoundKernel(boolean owned) {
            this.owned = owned;
        }

        /** The device buffer for one of the problem's arrays, of at least {@code bytes}. */
        final DeviceBuffer buffer(DeviceBuffer sharedOne, long bytes) {
            DeviceBuffer b = sharedOne;
            if (owned) {
                b = new DeviceBuffer();
                buffers.add(b);
            }
            return b.ensure(bytes);
        }

        /** Host to device copies, the context current. */
        abstract void copyIn();

        /** Launches the kernel, the context current; launch() then waits for the device. */
        abstract void compute();

        /** Device to host copies, the context current. */
        abstract void copyOut();

        @Override
        public final void upload() {
            enter();
            copyIn();
        }

        @Override
        public final void launch() {
            enter();
            compute();
            context.synchronize();
        }

        @Override
        public final void download() {
            enter();
            copyOut();
        }

        @Override
        public final void close() {
            if (owned) {
                context.makeCurrent();
                for (DeviceBuffer b : buffers) {
                    b.close();
                }
            }
        }
    }
}
