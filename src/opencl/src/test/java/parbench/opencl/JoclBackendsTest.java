package parbench.opencl;

import parbench.core.Availability;
import parbench.core.Conv2d;
import parbench.core.DeviceCount;
import parbench.core.DeviceKernel;
import parbench.core.Matmul;
import parbench.core.MonteCarloPi;
import parbench.core.VectorAdd;

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
}
