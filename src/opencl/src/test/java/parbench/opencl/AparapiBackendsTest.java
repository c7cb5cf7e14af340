package parbench.opencl;

import parbench.core.Availability;
import parbench.core.Conv2d;
import parbench.core.DeviceCount;
import parbench.core.DeviceKernel;
import parbench.core.Matmul;
import parbench.core.MonteCarloPi;
import parbench.core.VectorAdd;

class AparapiBackendsTest extends OpenClBackendsContract {

    @Override
    Availability availability() {
        return AparapiSupport.availability();
    }

    @Override
    VectorAdd vectorAdd() {
        return new VectorAddAparapi();
    }

    @Override
    DeviceKernel bind(VectorAdd k, float[] a, float[] b, float[] c) {
        return ((VectorAddAparapi) k).bind(a, b, c);
    }

    @Override
    Matmul matmul() {
        return new MatmulAparapi();
    }

    @Override
    DeviceKernel bind(Matmul k, float[] a, float[] b, float[] c, int n) {
        return ((MatmulAparapi) k).bind(a, b, c, n);
    }

    @Override
    Conv2d conv2d() {
        return new Conv2dAparapi();
    }

    @Override
    DeviceKernel bind(Conv2d k, float[] image, int h, int w, float[] filter, int kk, float[] out) {
        return ((Conv2dAparapi) k).bind(image, h, w, filter, kk, out);
    }

    @Override
    MonteCarloPi monteCarloPi() {
        return new MonteCarloPiAparapi();
    }

    @Override
    DeviceCount bind(MonteCarloPi k, long seed, long samples) {
        return ((MonteCarloPiAparapi) k).bind(seed, samples);
    }
}
