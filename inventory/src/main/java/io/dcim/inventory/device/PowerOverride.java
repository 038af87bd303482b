package io.dcim.inventory.device;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

/** A person's decision to load a cabinet beyond its contracted power, and why. */
public record PowerOverride(String reason, String actor) {

    public PowerOverride {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("overrideReason", Message.of("inventory.device.overrideReasonRequired"));
        }
        if (actor == null || actor.isBlank()) {
            throw new InvalidValueException("actor", Message.of("inventory.device.overrideActorRequired"));
        }
    }
}
