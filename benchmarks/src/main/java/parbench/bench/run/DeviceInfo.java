package parbench.bench.run;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Locale;
import parbench.core.Availability;
import parbench.cuda.CudaDevice;
import parbench.cuda.CudaSupport;
import parbench.opencl.OpenClInfo;

/** OpenCL platforms and CUDA devices as JSON for environment.json, and as lines for doctor. */
public final class DeviceInfo {

    private DeviceInfo() {
    }

    static JsonArray openCl() {
        JsonArray platforms = new JsonArray();
        OpenClInfo info = OpenClInfo.probe();
        for (OpenClInfo.Platform p : info.platforms()) {
            JsonObject po = new JsonObject();
            po.addProperty("platform", p.name());
            po.addProperty("vendor", p.vendor());
            po.addProperty("version", p.version());
            JsonArray devices = new JsonArray();
            for (OpenClInfo.Device d : p.devices()) {
                JsonObject o = new JsonObject();
                o.addProperty("name", d.name());
                o.addProperty("type", d.type());
                o.addProperty("version", d.version());
                o.addProperty("computeUnits", d.computeUnits());
                o.addProperty("globalMemBytes", d.globalMemBytes());
                o.addProperty("localMemBytes", d.localMemBytes());
                o.addProperty("maxWorkGroupSize", d.maxWorkGroupSize());
                devices.add(o);
            }
            po.add("devices", devices);
            platforms.add(po);
        }
        if (info.problem() != null) {
            JsonObject problem = new JsonObject();
            problem.addProperty("problem", info.problem());
            platforms.add(problem);
        }
        return platforms;
    }

    static JsonObject cuda() {
        JsonObject o = new JsonObject();
        Availability a = CudaSupport.availability();
        o.addProperty("available", a.available());
        o.addProperty("detail", a.detail());
        JsonArray devices = new JsonArray();
        for (CudaDevice d : CudaSupport.devices()) {
            JsonObject jd = new JsonObject();
            jd.addProperty("name", d.name());
            jd.addProperty("computeCapability", d.computeCapability());
            jd.addProperty("memoryBytes", d.totalMemoryBytes());
            jd.addProperty("multiprocessors", d.multiprocessors());
            devices.add(jd);
        }
        o.add("devices", devices);
        return o;
    }

    public static void printOpenCl(JsonElement opencl) {
        if (opencl == null || !opencl.isJsonArray() || opencl.getAsJsonArray().isEmpty()) {
            System.out.println("  none");
            return;
        }
        for (JsonElement e : opencl.getAsJsonArray()) {
            JsonObject p = e.getAsJsonObject();
            if (p.has("problem")) {
                System.out.println("  " + p.get("problem").getAsString());
                continue;
            }
            System.out.println("  " + p.get("platform").getAsString() + " (" + p.get("version").getAsString() + ")");
            for (JsonElement de : p.getAsJsonArray("devices")) {
                JsonObject d = de.getAsJsonObject();
                System.out.printf(Locale.ROOT, "    %s: %s, %d compute units, %d MiB global, %d KiB local, work-group <= %d%n",
                        d.get("type").getAsString(), d.get("name").getAsString(), d.get("computeUnits").getAsInt(),
                        d.get("globalMemBytes").getAsLong() >> 20, d.get("localMemBytes").getAsLong() >> 10,
                        d.get("maxWorkGroupSize").getAsLong());
            }
        }
    }

    public static void printCuda(JsonElement cuda) {
        JsonObject c = cuda == null || !cuda.isJsonObject() ? new JsonObject() : cuda.getAsJsonObject();
        JsonArray devices = c.has("devices") ? c.getAsJsonArray("devices") : new JsonArray();
        if (devices.isEmpty()) {
            System.out.println("  none" + (c.has("detail") ? ": " + c.get("detail").getAsString() : ""));
            return;
        }
        for (JsonElement de : devices) {
            JsonObject d = de.getAsJsonObject();
            System.out.printf(Locale.ROOT, "  %s: compute %s, %d MiB, %d SMs%n", d.get("name").getAsString(),
                    d.get("computeCapability").getAsString(), d.get("memoryBytes").getAsLong() >> 20,
                    d.get("multiprocessors").getAsInt());
        }
    }
}
