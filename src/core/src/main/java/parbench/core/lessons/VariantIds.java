package parbench.core.lessons;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks a lesson variant up by its id (the JMH method name); the message names the allowed ids. */
final class VariantIds {

    private VariantIds() {
    }

    static <V extends Enum<V>> V fromId(V[] values, Function<V, String> idOf, String id, String workload) {
        for (V v : values) {
            if (idOf.apply(v).equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown " + workload + " variant '" + id + "'; allowed: "
                + Arrays.stream(values).map(idOf).collect(Collectors.joining(", ")));
    }
}
