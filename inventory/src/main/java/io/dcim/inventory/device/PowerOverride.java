package io.dcim.inventory.device;

import io.dcim.common.error.InvalidValueException;

/** A person's decision to load a cabinet beyond its contracted power, and why. */
public record PowerOverride(String reason, String actor) {

    public PowerOverride {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("overrideReason", "say why the contracted power may be exceeded");
        }
        if (actor == null || actor.isBlank()) {
            throw new InvalidValueException("actor", "an override must name who decided it");
        }
    }
}
