package parbench.core.lessons;

/** A lesson's variant (an enum constant): its {@link VariantInfo}, read through these getters. */
public interface LessonVariant {

    VariantInfo info();

    default String id() {
        return info().id();
    }

    default boolean threaded() {
        return info().threaded();
    }

    default String description() {
        return info().description();
    }
}
