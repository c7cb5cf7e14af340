package parbench.opencl;

import parbench.core.Availability;
import parbench.core.Conv2d;
import parbench.core.DeviceCount;
import parbench.core.DeviceKernel;
import parbench.core.Matmul;
import parbench.core.MonteCarloPi;
import parbench.core.VectorAdd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import parbench.core.Inputs;

class JoclBackendsTest extends OpenClBackendsContract {

    @Override
    Availability availability() {
        return JoclSupport.availability();
    }

    @Override
    VectorAdd vectorAdd() {
        return new VectorAddJocl();
    }

    @Override
    DeviceKernel bind(VectorAdd k, float[] a, float[] b, float[] c) {
        return ((VectorAddJocl) k).bind(a, b, c);
    }

    @Override
    Matmul matmul() {
        return new MatmulJocl();
    }

    @Override
    DeviceKernel bind(Matmul k, float[] a, float[] b, float[] c, int n) {
        return ((MatmulJocl) k).bind(a, b, c, n);
    }

    @Override
    Conv2d conv2d() {
        return new Conv2dJocl();
    }

    @Override
    DeviceKernel bind(Conv2d k, float[] image, int h, int w, float[] filter, int kk, float[] out) {
        return ((Conv2dJocl) k).bind(image, h, w, filter, kk, out);
    }

    @Override
    MonteCarloPi monteCarloPi() {
        return new MonteCarloPiJocl();
    }

    @Override
    DeviceCount bind(MonteCarloPi k, long seed, long samples) {
        return ((MonteCarloPiJocl) k).bind(seed, samples);
    }

    /**
     * Transfers of at least JoclDevice.SPLIT_COPY_BYTES go in two halves over two queues: sizes
     * whose halves are not multiples of the vector width or the sub-buffer alignment, in and out.
     */
    @Test
    void bigTransfersSplitOverTwoQueuesArriveWhole() {
        int n = (int) (JoclDevice.SPLIT_COPY_BYTES / Float.BYTES) * 3 + 7;
        float[] a = Inputs.randomFloats(1, n);
        float[] b = Inputs.randomFloats(2, n);
        float[] c = new float[n];
        try (VectorAddJocl k = new VectorAddJocl()) {
            k.add(a, b, c);
        }
        assertArrayEquals(Reference.add(a, b), c, 0f);

        int h = 701;
        int w = 653;
        float[] image = Inputs.randomFloats(3, h * w);
        float[] filter = Inputs.randomFloats(4, 25);
        float[] out = new float[(h - 4) * (w - 4)];
        try (Conv2dJocl k = new Conv2dJocl()) {
            k.convolve(image, h, w, filter, 5, out);
        }
        Reference.assertClose(Reference.conv2d(image, h, w, filter, 5), out, "conv2d " + h + "x" + w);

        int m = 601;
        float[] x = Inputs.randomFloats(5, m * m);
        float[] y = Inputs.randomFloats(6, m * m);
        float[] z = new float[m * m];
        try (MatmulJocl k = new MatmulJocl()) {
            k.multiply(x, y, z, m);
        }
        Reference.assertClose(Reference.matmul(x, y, m), z, "matmul n=" + m);
    }
}
