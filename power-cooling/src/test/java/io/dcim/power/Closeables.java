package io.dcim.power;

import java.util.ArrayList;
import java.util.List;

/**
 * What a test started (simulators, pollers, schedulers), closed after it in the order started. A test class holds
 * one in a field marked {@code @AutoClose}, so that each thing it starts is one {@link #add} however the test ends.
 */
public final class Closeables implements AutoCloseable {

    private final List<AutoCloseable> started = new ArrayList<>();

    /** Closes {@code closeable} after the test; returns it, so that starting and adding is one expression. */
    public <T extends AutoCloseable> T add(T closeable) {
        started.add(closeable);
        return closeable;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : started) {
            c.close();
        }
    }
}
