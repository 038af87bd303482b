package io.dcim.power.profile;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A device profile as the profiles page lists it. A value, safe to keep in a page.
 *
 * @param shipped  came with the application (cannot be replaced or removed); false for an admin's
 * @param values   how many scalars, columns and sensor tables it reads
 * @param targets  how many targets poll with it
 * @param addedBy  who added it, null for shipped ones
 */
public record ProfileView(String id, String description, String source, List<String> sysObjectIdPrefixes,
                          List<String> models, int values, boolean shipped, long targets, String fileName,
                          String addedBy, Instant addedAt) implements Serializable {

    public ProfileView {
        sysObjectIdPrefixes = List.copyOf(sysObjectIdPrefixes);
        models = List.copyOf(models);
    }
}
