package parbench.opencl;

import parbench.core.Backend;
import parbench.core.BackendDescriptor;
import parbench.core.Workload;

/** The OpenCL backends of this module, one descriptor each (docs/contributing.md). */
public final class OpenClBackends {

    private OpenClBackends() {
    }

    public static final BackendDescriptor APARAPI = BackendDescriptor.of(Backend.APARAPI,
                    "Aparapi: Java bytecode translated to OpenCL, run on an OpenCL device (never its Java thread pool)",
                    AparapiSupport::availability)
            .with(Workload.VECTOR_ADD, t -> new VectorAddAparapi())
            .with(Workload.MATMUL, t -> new MatmulAparapi())
            .with(Workload.CONV2D, t -> new Conv2dAparapi())
            .with(Workload.MONTE_CARLO_PI, t -> new MonteCarloPiAparapi())
            .build();

    public static final BackendDescriptor JOCL = BackendDescriptor.of(Backend.JOCL,
                    "JOCL: hand-written OpenCL C kernels through the OpenCL API", JoclSupport::availability)
            .with(Workload.VECTOR_ADD, t -> new VectorAddJocl())
            .with(Workload.MATMUL, t -> new MatmulJocl())
            .with(Workload.CONV2D, t -> new Conv2dJocl())
            .with(Workload.MONTE_CARLO_PI, t -> new MonteCarloPiJocl())
            .build();
}
