package parbench.opencl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import parbench.core.Inputs;

/**
 * matmul.cl and conv2d.cl (and their Aparapi versions) share a group's micro-tiles among WG work-items: 1 on CPU devices, 32
 * on others. This machine's device is a CPU, so the other shapes are forced here to keep them
 * correct too (including group sizes that do not divide the number of micro-tiles).
 */
class WorkGroupShapesTest {

    @ParameterizedTest
    @CsvSource({"32,1", "32,33", "32,100", "7,65", "64,17"})
    void matmulWithSeveralWorkItemsPerGroup(int workGroup, int n) {
        float[] a = Inputs.randomFloats(n, n * n);
        float[] b = Inputs.randomFloats(n + 7, n * n);
        float[] c = new float[n * n];
        try (MatmulJocl k = new MatmulJocl(workGroup)) {
            k.multiply(a, b, c, n);
        }
        Reference.assertClose(Reference.matmul(a, b, n), c, "WG=" + workGroup + " n=" + n);
        float[] c2 = new float[n * n];
        try (MatmulAparapi k = new MatmulAparapi(workGroup)) {
            k.multiply(a, b, c2, n);
        }
        Reference.assertClose(Reference.matmul(a, b, n), c2, "aparapi WG=" + workGroup + " n=" + n);
    }

    @ParameterizedTest
    @CsvSource({"32,37,100,5", "32,20,70,3", "5,17,33,1", "64,40,130,5"})
    void conv2dWithSeveralWorkItemsPerGroup(int workGroup, int h, int w, int kk) {
        float[] image = Inputs.randomFloats(h + w, h * w);
        float[] filter = Inputs.randomFloats(kk, kk * kk);
        float[] out = new float[(h - kk + 1) * (w - kk + 1)];
        try (Conv2dJocl k = new Conv2dJocl(workGroup)) {
            k.convolve(image, h, w, filter, kk, out);
        }
        Reference.assertClose(Reference.conv2d(image, h, w, filter, kk), out,
                "WG=" + workGroup + " " + h + "x" + w + " k=" + kk);
        float[] out2 = new float[out.length];
        try (Conv2dAparapi k = new Conv2dAparapi(workGroup)) {
            k.convolve(image, h, w, filter, kk, out2);
        }
        Reference.assertClose(Reference.conv2d(image, h, w, filter, kk), out2,
                "aparapi WG=" + workGroup + " " + h + "x" + w + " k=" + kk);
    }
}
