package parbench.cuda;

import java.util.ArrayList;
import java.util.List;
import parbench.core.DeviceKernel;

/**
 * What every jcuda kernel class shares: the context (acquired in the constructor, which throws
 * IllegalStateException with the reason when CUDA is unavailable) and the bound kernels handed
 * out by {@code bind}, closed with the instance so no device memory outlives it.
 */
abstract class JcudaKernel implements AutoCloseable {

    final CudaContext context;
    private final List<DeviceKernel> bound = new ArrayList<>();
    private boolean closed;

    JcudaKernel() {
        this.context = CudaContext.acquire();
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

    /** Releases this instance's own device buffers. */
    abstract void releaseBuffers();

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
        releaseBuffers();
    }

    /** Blocks for a 1D grid-stride launch: enough to cover n, at most a few waves per multiprocessor. */
    final int gridStrideBlocks(long n, int block, int blocksPerSm) {
        long needed = Math.max(1, (n + block - 1) / block);
        long cap = (long) Math.max(1, context.device().multiprocessors()) * blocksPerSm;
        return (int) Math.min(needed, cap);
    }
}
