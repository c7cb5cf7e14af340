package parbench.opencl;

import com.aparapi.Kernel;

/** c = a + b, one element per work-item; Aparapi translates run() to OpenCL C. */
final class VectorAddAparapiKernel extends Kernel {

    float[] a = new float[1];
    float[] b = new float[1];
    float[] c = new float[1];
    int n;
    /** 1 for a pass that only moves the put() arrays (Aparapi copies them at the next execute). */
    int transferOnly;

    @Override
    public void run() {
        if (transferOnly == 0) {
            int i = getGlobalId();
            if (i < n) {
                c[i] = a[i] + b[i];
            }
        }
    }
}
