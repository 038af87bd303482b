package io.dcim.inventory.history;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One committed change to one object: who, when, and each field's value before and after. */
public record Change(long revision, Instant at, String actor, String type, long objectId, String action,
        List<FieldChange> fields) implements Serializable {

    public record FieldChange(String field, String before, String after) implements Serializable {
    }
}
