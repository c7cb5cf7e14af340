package parbench.cuda;

import java.util.List;
import parbench.core.Availability;

/**
 * What detection found: whether the jcuda backend can run (and why not), and the devices.
 *
 * @param availability available with the device it runs on, or unavailable with a reason
 * @param devices      every device the driver reported; empty when there is no driver
 */
public record CudaDetection(Availability availability, List<CudaDevice> devices) {

    public CudaDetection {
        devices = List.copyOf(devices);
    }

    static CudaDetection unavailable(String reason) {
        return new CudaDetection(Availability.unavailable(reason), List.of());
    }
}
