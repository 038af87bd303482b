package io.dcim.inventory.history;

import io.dcim.common.audit.Actor;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One committed change to one object: who, when, which object (by the name people know it by: an asset
 * tag, a cabinet's name, a site's code), and each field's value before and after.
 */
public record Change(long revision, Instant at, String actor, String type, long objectId, String objectName,
        String action, List<FieldChange> fields) implements Serializable {

    /** Made by the system (a job, the demo's seeding), not by a signed-in person. */
    public boolean bySystem() {
        return Actor.isSystem(actor);
    }

    public record FieldChange(String field, String before, String after) implements Serializable {
    }
}
