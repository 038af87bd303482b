package io.dcim.power.webhook;

import io.dcim.common.event.EventType;
import io.dcim.common.event.OutboxEvent;
import io.dcim.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * Which events go where: the event types a rule subscribes to, an optional site, and the destination (its URL
 * and secret sealed with the credential key, only a mask shown). The history keeps everything but the sealed
 * values, so that no copy of a robot token outlives an edit.
 */
@Entity
@Audited
@Table(name = "webhook_rule")
public class WebhookRule extends VersionedEntity {

    private String name;
    @Enumerated(EnumType.STRING)
    private WebhookFormat format;
    @NotAudited
    private String urlSealed;
    /** The URL with its path and query masked: what pages and answers show. */
    private String urlShown;
    @NotAudited
    private String secretSealed;
    /** The subscribed types' codes, comma-separated. */
    private String eventTypes;
    private Long siteId;
    @Enumerated(EnumType.STRING)
    private WebhookLanguage language;
    private boolean enabled;

    protected WebhookRule() {
    }

    WebhookRule(String name) {
        this.name = name;
    }

    void apply(String name, WebhookFormat format, Set<EventType> types, Long siteId, WebhookLanguage language,
               boolean enabled) {
        this.name = name;
        this.format = format;
        this.eventTypes = types.stream().map(EventType::code).sorted().collect(Collectors.joining(","));
        this.siteId = siteId;
        this.language = language;
        this.enabled = enabled;
    }

    void seal(String urlSealed, String urlShown) {
        this.urlSealed = urlSealed;
        this.urlShown = urlShown;
    }

    void sealSecret(String secretSealed) {
        this.secretSealed = secretSealed;
    }

    /** Whether {@code event} goes to this rule's destination. */
    public boolean matches(OutboxEvent event) {
        return enabled && types().contains(event.getType())
                && (siteId == null || siteId.equals(event.getSiteId()));
    }

    public Set<EventType> types() {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        if (eventTypes != null && !eventTypes.isEmpty()) {
            Arrays.stream(eventTypes.split(",")).map(EventType::ofCode).forEach(t -> t.ifPresent(types::add));
        }
        return types;
    }

    public String getName() { return name; }
    public WebhookFormat getFormat() { return format; }
    String getUrlSealed() { return urlSealed; }
    public String getUrlShown() { return urlShown; }
    String getSecretSealed() { return secretSealed; }
    public boolean hasSecret() { return secretSealed != null; }
    public Long getSiteId() { return siteId; }
    public WebhookLanguage getLanguage() { return language; }
    public boolean isEnabled() { return enabled; }
}
