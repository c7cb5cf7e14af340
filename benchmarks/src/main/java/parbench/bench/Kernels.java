package parbench.bench;

import parbench.core.Backend;
import parbench.core.Conv2d;
import parbench.core.DeviceKernel;
import parbench.core.Conv2dForkJoin;
import parbench.core.Conv2dSerial;
import parbench.core.Conv2dSimd;
import parbench.core.Conv2dSimdForkJoin;
import parbench.core.Conv2dStreams;
import parbench.core.Matmul;
import parbench.core.MatmulForkJoin;
import parbench.core.MatmulSerial;
import parbench.core.MatmulSimd;
import parbench.core.MatmulSimdForkJoin;
import parbench.core.MatmulStreams;
import parbench.core.MonteCarloPi;
import parbench.core.MonteCarloPiForkJoin;
import parbench.core.MonteCarloPiSerial;
import parbench.core.MonteCarloPiSimd;
import parbench.core.MonteCarloPiSimdForkJoin;
import parbench.core.MonteCarloPiStreams;
import parbench.core.VectorAdd;
import parbench.core.VectorAddForkJoin;
import parbench.core.VectorAddSerial;
import parbench.core.VectorAddSimd;
import parbench.core.VectorAddSimdForkJoin;
import parbench.core.VectorAddStreams;
import parbench.cuda.Conv2dJcuda;
import parbench.cuda.MatmulJcuda;
import parbench.cuda.MonteCarloPiJcuda;
import parbench.cuda.VectorAddJcuda;
import parbench.opencl.Conv2dAparapi;
import parbench.opencl.Conv2dJocl;
import parbench.opencl.MatmulAparapi;
import parbench.opencl.MatmulJocl;
import parbench.opencl.MonteCarloPiAparapi;
import parbench.opencl.MonteCarloPiJocl;
import parbench.opencl.VectorAddAparapi;
import parbench.opencl.VectorAddJocl;

/**
 * The one place that maps a backend to its kernel class, per workload. {@code threads} is used
 * only by the threaded backends (the benchmarks never pass it to the others).
 */
final class Kernels {

    private Kernels() {
    }

    static VectorAdd vectorAdd(Backend backend, int threads) {
        return switch (backend) {
            case SERIAL -> new VectorAddSerial();
            case FORKJOIN -> new VectorAddForkJoin(threads);
            case STREAMS -> new VectorAddStreams(threads);
            case SIMD -> new VectorAddSimd();
            case SIMD_FORKJOIN -> new VectorAddSimdForkJoin(threads);
            case APARAPI -> new VectorAddAparapi();
            case JOCL -> new VectorAddJocl();
            case JCUDA -> new VectorAddJcuda();
        };
    }

    static Matmul matmul(Backend backend, int threads) {
        return switch (backend) {
            case SERIAL -> new MatmulSerial();
            case FORKJOIN -> new MatmulForkJoin(threads);
            case STREAMS -> new MatmulStreams(threads);
            case SIMD -> new MatmulSimd();
            case SIMD_FORKJOIN -> new MatmulSimdForkJoin(threads);
            case APARAPI -> new MatmulAparapi();
            case JOCL -> new MatmulJocl();
            case JCUDA -> new MatmulJcuda();
        };
    }

    static Conv2d conv2d(Backend backend, int threads) {
        return switch (backend) {
            case SERIAL -> new Conv2dSerial();
            case FORKJOIN -> new Conv2dForkJoin(threads);
            case STREAMS -> new Conv2dStreams(threads);
            case SIMD -> new Conv2dSimd();
            case SIMD_FORKJOIN -> new Conv2dSimdForkJoin(threads);
            case APARAPI -> new Conv2dAparapi();
            case JOCL -> new Conv2dJocl();
            case JCUDA -> new Conv2dJcuda();
        };
    }

    static MonteCarloPi monteCarloPi(Backend backend, int threads) {
        return switch (backend) {
            case SERIAL -> new MonteCarloPiSerial();
            case FORKJOIN -> new MonteCarloPiForkJoin(threads);
            case STREAMS -> new MonteCarloPiStreams(threads);
            case SIMD -> new MonteCarloPiSimd();
            case SIMD_FORKJOIN -> new MonteCarloPiSimdForkJoin(threads);
            case APARAPI -> new MonteCarloPiAparapi();
            case JOCL -> new MonteCarloPiJocl();
            case JCUDA -> new MonteCarloPiJcuda();
        };
    }

    /** A device kernel bound to one problem, together with the object that owns its context. */
    record Bound(AutoCloseable owner, DeviceKernel kernel) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            try {
                kernel.close();
            } finally {
                owner.close();
            }
        }
    }

    static Bound bindVectorAdd(Backend backend, float[] a, float[] b, float[] c) {
        return switch (backend) {
            case APARAPI -> { VectorAddAparapi k = new VectorAddAparapi(); yield new Bound(k, k.bind(a, b, c)); }
            case JOCL -> { VectorAddJocl k = new VectorAddJocl(); yield new Bound(k, k.bind(a, b, c)); }
            case JCUDA -> { VectorAddJcuda k = new VectorAddJcuda(); yield new Bound(k, k.bind(a, b, c)); }
            default -> throw notDevice(backend);
        };
    }

    static Bound bindMatmul(Backend backend, float[] a, float[] b, float[] c, int n) {
        return switch (backend) {
            case APARAPI -> { MatmulAparapi k = new MatmulAparapi(); yield new Bound(k, k.bind(a, b, c, n)); }
            case JOCL -> { MatmulJocl k = new MatmulJocl(); yield new Bound(k, k.bind(a, b, c, n)); }
            case JCUDA -> { MatmulJcuda k = new MatmulJcuda(); yield new Bound(k, k.bind(a, b, c, n)); }
            default -> throw notDevice(backend);
        };
    }

    static Bound bindConv2d(Backend backend, float[] image, int height, int width, float[] filter, int k, float[] out) {
        return switch (backend) {
            case APARAPI -> { Conv2dAparapi c = new Conv2dAparapi(); yield new Bound(c, c.bind(image, height, width, filter, k, out)); }
            case JOCL -> { Conv2dJocl c = new Conv2dJocl(); yield new Bound(c, c.bind(image, height, width, filter, k, out)); }
            case JCUDA -> { Conv2dJcuda c = new Conv2dJcuda(); yield new Bound(c, c.bind(image, height, width, filter, k, out)); }
            default -> throw notDevice(backend);
        };
    }

    /** Monte Carlo's bound kernel is a {@link DeviceCount}: after download it holds the count. */
    static Bound bindMonteCarloPi(Backend backend, long seed, long samples) {
        return switch (backend) {
            case APARAPI -> { MonteCarloPiAparapi k = new MonteCarloPiAparapi(); yield new Bound(k, k.bind(seed, samples)); }
            case JOCL -> { MonteCarloPiJocl k = new MonteCarloPiJocl(); yield new Bound(k, k.bind(seed, samples)); }
            case JCUDA -> { MonteCarloPiJcuda k = new MonteCarloPiJcuda(); yield new Bound(k, k.bind(seed, samples)); }
            default -> throw notDevice(backend);
        };
    }

    private static IllegalArgumentException notDevice(Backend backend) {
        return new IllegalArgumentException(backend.id() + " is not a device backend: it has no kernel-only variant");
    }
}
