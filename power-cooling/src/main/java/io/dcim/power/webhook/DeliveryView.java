package io.dcim.power.webhook;

import io.dcim.common.event.EventType;
import java.io.Serializable;
import java.time.Instant;

/** One delivery with its event and rule named, for the deliveries list and the API. */
public record DeliveryView(long id, long eventId, EventType eventType, String subject, Long siteId, Instant occurredAt,
                           long ruleId,
                           String ruleName, DeliveryState state, int attempts, Instant nextAttemptAt,
                           Instant lastAttemptAt, Integer lastStatus, String lastError, Instant deliveredAt)
        implements Serializable {
}
