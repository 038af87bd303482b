package io.dcim.common.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * IN lists cut into pieces of at most {@value #SIZE}: databases cap the parameters of one statement (and plans for
 * very long lists get slow), so a query over many ids runs once per piece, as the cable rules already did.
 */
public final class Chunks {

    public static final int SIZE = 1_000;

    private Chunks() {
    }

    public static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            chunks.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return chunks;
    }
}
