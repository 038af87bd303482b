package io.dcim.power.webhook;

import io.dcim.common.event.EventType;
import java.io.Serializable;
import java.util.List;

/** A rule as shown: the masked address and whether a secret is set, never the secret or token. */
public record RuleView(long id, int version, String name, WebhookFormat format, String url, boolean hasSecret,
                       List<EventType> eventTypes, Long siteId, WebhookLanguage language, boolean enabled)
        implements Serializable {

    static RuleView of(WebhookRule rule) {
        return new RuleView(rule.getId(), rule.getVersion(), rule.getName(), rule.getFormat(), rule.getUrlShown(),
                rule.hasSecret(), rule.types().stream().sorted().toList(), rule.getSiteId(), rule.getLanguage(),
                rule.isEnabled());
    }
}
