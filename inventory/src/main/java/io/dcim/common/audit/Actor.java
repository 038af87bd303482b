package io.dcim.common.audit;

import java.util.function.Supplier;

/**
 * Who is making the changes on this thread: the signed-in user of a page or API call, or a
 * named system task. Every revision of the change history records it.
 */
public final class Actor {

    public static final String SYSTEM = "system";
    /** The demo data's seeding: the system's work, not a person's, though recorded under its own name. */
    public static final String DEMO_LOADER = "demo-loader";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Actor() {
    }

    /** Whether a recorded actor is the system itself (a job, the demo's seeding) rather than a signed-in person. */
    public static boolean isSystem(String actor) {
        return actor == null || SYSTEM.equals(actor) || DEMO_LOADER.equals(actor);
    }

    public static String current() {
        String actor = CURRENT.get();
        return actor == null ? SYSTEM : actor;
    }

    public static <T> T as(String actor, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** For request listeners that cannot wrap the request in {@link #as}. */
    public static void set(String actor) {
        CURRENT.set(actor);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
