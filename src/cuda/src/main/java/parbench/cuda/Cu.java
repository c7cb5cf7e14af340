package parbench.cuda;

import jcuda.driver.CUresult;

/** Turns CUDA driver result codes into exceptions that name the call and the error. */
final class Cu {

    private Cu() {
    }

    static void check(int result, String call) {
        if (result != CUresult.CUDA_SUCCESS) {
            throw new CudaCallException(call, result, CUresult.stringFor(result));
        }
    }
}
