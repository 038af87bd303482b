package io.dcim.power.webhook;

import io.dcim.common.event.EventType;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An outbox event with what its message needs around it: the delivery it goes out as (the receivers' key
 * against duplicates), its site's name and time zone.
 */
record EventContext(long deliveryId, long eventId, EventType type, String subject, Long subjectId, Long siteId,
                    String siteName, ZoneId zone, Instant occurredAt, String payload) {
}
