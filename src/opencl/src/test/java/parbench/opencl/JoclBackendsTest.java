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
     * The CPU conv2d kernel at every vector width (the device picks one; the others must be right
     * too, on a machine of another ISA), with blocks of several shapes, on awkward sizes: a width
     * just one block wide, rows fewer than a block, primes, and k = 1, 3, 5, 7.
     */
    @Test
    void conv2dRowsKernelAtEveryVectorWidth() {
        int[][] shapes = {{1, 1}, {3, 2}, {4, 2}, {6, 2}};
        int[][] sizes = {{3, 3}, {37, 53}, {131, 97}, {67, 263}};
        for (int vw : new int[] {4, 8, 16}) {
            for (int[] shape : shapes) {
                try (Conv2dJocl k = new Conv2dJocl(shape[0], shape[1], vw, Math.max(shape[0], 5))) {
                    for (int[] hw : sizes) {
                        for (int kk : new int[] {1, 3, 5, 7}) {
                            int h = hw[0] + kk - 1;
                            int w = hw[1] + kk - 1;
                            float[] image = Inputs.randomFloats(h * 31 + w, h * w);
                            float[] filter = Inputs.randomFloats(kk, kk * kk);
                            float[] out = new float[hw[0] * hw[1]];
                            k.convolve(image, h, w, filter, kk, out);
                            Reference.assertClose(Reference.conv2d(image, h, w, filter, kk), out,
                                    "conv2d vw=" + vw + " block " + shape[0] + "x" + shape[1] + " " + h + "x" + w + " k=" + kk);
                        }
                    }
                }
            }
        }
    }

    /** The vector width follows the device's preferred float width. */
    @Test
    void vectorWidthFollowsTheDevice() {
        org.junit.jupiter.api.Assertions.assertEquals(16, Conv2dJocl.widthFor(16));
        org.junit.jupiter.api.Assertions.assertEquals(16, Conv2dJocl.widthFor(32));
        org.junit.jupiter.api.Assertions.assertEquals(8, Conv2dJocl.widthFor(8));
        org.junit.jupiter.api.Assertions.assertEquals(4, Conv2dJocl.widthFor(4));
        org.junit.jupiter.api.Assertions.assertEquals(4, Conv2dJocl.widthFor(1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Conv2dJocl(3, 2, 12, 32));
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
