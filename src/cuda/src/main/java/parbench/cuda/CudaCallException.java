package parbench.cuda;

/** A CUDA driver or NVRTC call that returned an error code; the message names the call and the error. */
public final class CudaCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String call;
    private final int result;
    private final String resultName;

    public CudaCallException(String call, int result, String resultName) {
        super(call + " failed: " + resultName + " (" + result + ")");
        this.call = call;
        this.result = result;
        this.resultName = resultName;
    }

    /** The API function that failed, e.g. {@code cuInit}. */
    public String call() {
        return call;
    }

    /** The numeric result code (CUresult or nvrtcResult). */
    public int result() {
        return result;
    }

    /** The result code's name, e.g. {@code CUDA_ERROR_NO_DEVICE}. */
    public String resultName() {
        return resultName;
    }
}
