package io.dcim.power.webhook;

import io.dcim.common.event.EventType;
import java.io.Serializable;
import java.util.Set;

/**
 * A rule as people enter it. On an edit, an empty {@code url} or {@code secret} keeps the sealed one (neither is
 * ever shown back, so the form cannot hold it). Prints without the address or the secret.
 */
public record RuleDetails(String name, WebhookFormat format, String url, String secret, Set<EventType> eventTypes,
                          Long siteId, WebhookLanguage language, boolean enabled) implements Serializable {

    public RuleDetails {
        eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
    }

    @Override
    public String toString() {
        return "RuleDetails[" + name + ", " + format + ", url ****, secret ****, " + eventTypes + ", site " + siteId
                + ", " + language + ", enabled " + enabled + "]";
    }
}
