package io.dcim.common.edit;

/**
 * One field of a partial update: a {@code Change} sets the field to its value (which may be
 * {@code null}, to clear it); no {@code Change} at all ({@code null} in its place) leaves the field
 * as it is. This is how a JSON merge patch's "absent" and "null" stay apart below the doors.
 */
public record Change<T>(T value) {

    public static <T> Change<T> to(T value) {
        return new Change<>(value);
    }

    /** {@code change}'s value if there is a change, else {@code current}. */
    public static <T> T apply(Change<T> change, T current) {
        return change == null ? current : change.value();
    }

    public static boolean any(Change<?>... changes) {
        for (Change<?> change : changes) {
            if (change != null) {
                return true;
            }
        }
        return false;
    }
}
