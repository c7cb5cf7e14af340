import java.lang.management.ManagementFactory;
import java.nio.file.*;
import parbench.core.*;

/** VectorAdd simd_forkjoin(2), n = 16M: median wall ms and worker CPU ms per call, and the JVM's AnonHugePages. */
public class AddThp {
    public static void main(String[] a) throws Exception {
        int n = 16_777_216, calls = 60;
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        float[] x = new float[n], y = new float[n], z = new float[n];
        java.util.Arrays.fill(x, 1f); java.util.Arrays.fill(y, 2f);
        VectorAddSimdForkJoin k = new VectorAddSimdForkJoin(2);
        double[] wall = new double[calls], cpu = new double[calls];
        for (int i = 0; i < calls; i++) {
            long c0 = 0; for (Thread t : k.pool().workersStarted()) c0 += mx.getThreadCpuTime(t.getId());
            long t0 = System.nanoTime();
            k.add(x, y, z);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            long c1 = 0; for (Thread t : k.pool().workersStarted()) c1 += mx.getThreadCpuTime(t.getId());
            cpu[i] = (c1 - c0) / 1e6 / 2;
        }
        String huge = Files.readAllLines(Path.of("/proc/self/smaps_rollup")).stream().filter(l -> l.startsWith("AnonHugePages")).findFirst().orElse("?");
        java.util.Arrays.sort(wall); java.util.Arrays.sort(cpu);
        System.out.printf("wall ms median %.2f (min %.2f), worker cpu ms per thread median %.2f (min %.2f); %s%n",
                wall[calls / 2], wall[0], cpu[calls / 2], cpu[0], huge.replaceAll("\\s+", " "));
        k.close();
    }
}
