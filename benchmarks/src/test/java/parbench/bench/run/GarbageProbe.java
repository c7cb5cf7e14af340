package parbench.bench.run;


import com.google.gson.JsonObject;
import java.nio.file.Path;

/**
 * A stand-in probe JVM for the tests: prints what native loaders print (on stdout and stderr,
 * before and after its answer) and writes its answer to the file named by the last argument.
 * With "--no-answer" it exits without writing one.
 */
public final class GarbageProbe {

    private GarbageProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("Could not load libOpenCL.so, error libOpenCL.so: cannot open shared object file");
        System.err.println("some native warning on stderr");
        System.out.println("{ not json");
        if (args[0].equals("--no-answer")) {
            System.exit(3);
        }
        JsonObject probe = new JsonObject();
        JsonObject backends = new JsonObject();
        backends.add("serial", backend(true, "plain Java"));
        backends.add("jocl", backend(false, "no OpenCL library could be loaded"));
        backends.add("jcuda", backend(false, "no NVIDIA driver"));
        probe.add("backends", backends);
        JsonFiles.write(Path.of(args[args.length - 1]), probe);
        System.out.println("} trailing garbage after the answer");
    }

    private static JsonObject backend(boolean available, String detail) {
        JsonObject o = new JsonObject();
        o.addProperty("available", available);
        o.addProperty("detail", detail);
        return o;
    }
}
