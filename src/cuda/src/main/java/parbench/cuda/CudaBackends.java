package parbench.cuda;

import parbench.core.Backend;
import parbench.core.BackendDescriptor;
import parbench.core.Workload;

/** The CUDA backend of this module (docs/contributing.md). */
public final class CudaBackends {

    private CudaBackends() {
    }

    public static final BackendDescriptor JCUDA = BackendDescriptor.of(Backend.JCUDA,
                    "JCuda: CUDA C kernels (PTX) on an NVIDIA GPU", CudaSupport::availability)
            .with(Workload.VECTOR_ADD, t -> new VectorAddJcuda())
            .with(Workload.MATMUL, t -> new MatmulJcuda())
            .with(Workload.CONV2D, t -> new Conv2dJcuda())
            .with(Workload.MONTE_CARLO_PI, t -> new MonteCarloPiJcuda())
            .build();
}
