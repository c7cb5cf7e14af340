package parbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed generated tall block is exactly what its generator writes: nobody edited it by hand. */
class Conv2dSimdTallGeneratedTest {

    @Test
    void committedFileIsTheGeneratorsOutput() throws IOException {
        String committed = Files.readString(Path.of(Conv2dSimdTallGenerator.TARGET), StandardCharsets.UTF_8);
        assertEquals(Conv2dSimdTallGenerator.generate(), committed,
                Conv2dSimdTallGenerator.TARGET + " differs from its generator's output: change "
                        + "Conv2dSimdTallGenerator and regenerate (see the top of the generated file)");
    }
}
