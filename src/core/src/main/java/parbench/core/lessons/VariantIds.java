package parbench.core.lessons;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Looks a lesson variant up by its id (the JMH method name); the message names the allowed ids. */
final class VariantIds {

    private VariantIds() {
    }

    static <V extends Enum<V> & LessonVariant> V fromId(V[] values, String id, String workload) {
        for (V v : values) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown " + workload + " variant '" + id + "'; allowed: "
                + Arrays.stream(values).map(LessonVariant::id).collect(Collectors.joining(", ")));
    }
}
