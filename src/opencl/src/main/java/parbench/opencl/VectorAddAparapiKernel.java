package parbench.opencl;

import com.aparapi.Kernel;

/**
 * c = a + b, one element per work-item from {@code offset}; Aparapi translates run() to OpenCL C.
 * No bounds check, for the reason given in vector_add.cl: the host launches full groups for the
 * bulk and the tail separately.
 */
final class VectorAddAparapiKernel extends Kernel {

    float[] a = new float[1];
    float[] b = new float[1];
    float[] c = new float[1];
    int offset;
    /** 1 for a pass that only moves the put() arrays (Aparapi copies them at the next execute). */
    int transferOnly;

    @Override
    public void run() {
        if (transferOnly == 0) {
            int i = offset + getGlobalId();
            c[i] = a[i] + b[i];
        }
    }

    /** Sets the problem of the next passes, from element 0 (not called from run(), so not translated). */
    void problem(float[] a, float[] b, float[] c, int transferOnly) {
        this.a = a;
        this.b = b;
        this.c = c;
        this.offset = 0;
        this.transferOnly = transferOnly;
    }
}
