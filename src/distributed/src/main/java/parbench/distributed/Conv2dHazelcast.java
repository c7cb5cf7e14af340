package parbench.distributed;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import parbench.core.Conv2d;
import parbench.core.Conv2dArgs;
import parbench.core.Conv2dSerial;

/**
 * 2D convolution on Hazelcast in bands of output rows, one band per worker slot. A band of output
 * rows [y0, y1) reads image rows [y0, y1 + k - 1): each task carries those rows (its band plus a
 * halo of k - 1 rows shared with the next band) and the filter, runs the serial kernel on them as
 * a small image, and returns its output rows. Cost measured: image rows and the output travel.
 */
public final class Conv2dHazelcast extends HazelcastKernel implements Conv2d {

    public Conv2dHazelcast(int threads, Settings settings) {
        super(threads, settings);
    }

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        int oh = Conv2d.outSize(height, k);
        int ow = Conv2d.outSize(width, k);
        int parts = parts(oh);
        List<Band> tasks = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            int y0 = (int) Split.start(oh, parts, i);
            int y1 = (int) Split.start(oh, parts, i + 1);
            int rows = y1 - y0 + k - 1;
            tasks.add(new Band(Arrays.copyOfRange(image, y0 * width, (y0 + rows) * width), rows, width, filter, k));
        }
        gather(engine.run(tasks), out, oh, parts, ow);
    }

    /** A band of image rows with its halo, convolved by the serial kernel on the member. */
    record Band(float[] rows, int height, int width, float[] filter, int k) implements Callable<float[]>, Serializable {
        @Override
        public float[] call() {
            float[] out = new float[Conv2d.outSize(height, k) * Conv2d.outSize(width, k)];
            new Conv2dSerial().convolve(rows, height, width, filter, k, out);
            return out;
        }
    }
}
