package io.dcim.power.webhook;

import java.io.Serializable;

/** Which deliveries to list: by state (dead letters are {@code DEAD}) and rule; null means any. */
public record DeliveryFilter(DeliveryState state, Long ruleId) implements Serializable {

    public static final DeliveryFilter ALL = new DeliveryFilter(null, null);
}
