package io.dcim.power.webhook;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.common.persistence.VersionedStore;
import io.dcim.common.text.Fields;
import io.dcim.inventory.site.SiteDirectory;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.power.secret.Secret;
import java.net.URI;
import java.util.List;
import org.hibernate.Session;

/**
 * Keeps the rules: checks what people enter, seals the address and the secret with the credential key (the same
 * AES-GCM key as SNMP credentials) and never hands either back.
 */
public final class WebhookRules {

    static final int MAX_NAME = 80;
    static final int MAX_SECRET = 200;

    private final Database db;
    private final CredentialCipher cipher;
    private final VersionedStore<WebhookRule> store;

    public WebhookRules(Database db, CredentialCipher cipher) {
        this.db = db;
        this.cipher = cipher;
        this.store = VersionedStore.named(db, WebhookRule.class, "webhook rule", WebhookRule::getVersion,
                WebhookRule::getName);
    }

    public List<RuleView> all() {
        return db.read(session -> session.createQuery("from WebhookRule r order by r.name, r.id", WebhookRule.class)
                .getResultList().stream().map(RuleView::of).toList());
    }

    public RuleView find(long id) {
        return db.read(session -> RuleView.of(load(session, id)));
    }

    public RuleView create(RuleDetails details) {
        return db.inTransaction(session -> {
            String name = Fields.required("name", details.name(), MAX_NAME);
            WebhookRule rule = new WebhookRule(name);
            if (details.url() == null || details.url().isBlank()) {
                throw new InvalidValueException("url", Message.of("common.field.required"));
            }
            apply(session, rule, name, details);
            session.persist(rule);
            session.flush();
            return RuleView.of(rule);
        });
    }

    public RuleView edit(long id, int expectedVersion, RuleDetails details) {
        return db.inTransaction(session -> {
            WebhookRule rule = store.current(session, id, expectedVersion);
            apply(session, rule, Fields.required("name", details.name(), MAX_NAME), details);
            session.flush();
            return RuleView.of(rule);
        });
    }

    /** Deletes the rule and its deliveries (delivered, waiting and dead alike). */
    public void delete(long id, int expectedVersion) {
        db.execute(session -> {
            WebhookRule rule = store.current(session, id, expectedVersion);
            session.createMutationQuery("delete from WebhookDelivery d where d.ruleId = :rule")
                    .setParameter("rule", id).executeUpdate();
            session.remove(rule);
        });
    }

    private void apply(Session session, WebhookRule rule, String name, RuleDetails details) {
        if (details.format() == null) {
            throw new InvalidValueException("format", Message.of("common.field.required"));
        }
        if (details.eventTypes().isEmpty()) {
            throw new InvalidValueException("eventTypes", Message.of("power.webhook.eventsRequired"));
        }
        if (details.siteId() != null && SiteDirectory.find(session, details.siteId()).isEmpty()) {
            throw new InvalidValueException("siteId", Message.of("power.webhook.siteMissing", details.siteId()));
        }
        Long clash = session.createQuery("select r.id from WebhookRule r where r.name = :name", Long.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
        if (clash != null && !clash.equals(rule.getId())) {
            throw new ConflictException("name", Message.of("power.webhook.nameTaken", name));
        }
        if (details.url() != null && !details.url().isBlank()) {
            URI uri = WebhookUrl.checked(details.url());
            rule.seal(cipher.encrypt(Secret.of(uri.toString())), WebhookUrl.shown(uri));
        }
        sealSecret(rule, details);
        rule.apply(name, details.format(), details.eventTypes(),
                details.siteId(), details.language() == null ? WebhookLanguage.ZH_CN : details.language(),
                details.enabled());
    }

    private void sealSecret(WebhookRule rule, RuleDetails details) {
        boolean given = details.secret() != null && !details.secret().isBlank();
        if (given && !details.format().takesSecret()) {
            throw new InvalidValueException("secret", Message.of("power.webhook.secretNotTaken", details.format().name()));
        }
        if (given) {
            rule.sealSecret(cipher.encrypt(Secret.of(Fields.required("secret", details.secret(), MAX_SECRET))));
        } else if (!details.format().takesSecret()) {
            rule.sealSecret(null);
        }
        if (details.format().needsSecret() && !rule.hasSecret()) {
            throw new InvalidValueException("secret", Message.of("power.webhook.secretRequired", details.format().name()));
        }
    }

    static WebhookRule load(Session session, long id) {
        return Lookup.existing(session, WebhookRule.class, id, "webhook rule");
    }

    /** The real address and secret, only for sending. */
    URI address(WebhookRule rule) {
        return URI.create(cipher.decrypt(rule.getUrlSealed()).reveal());
    }

    String secret(WebhookRule rule) {
        return rule.getSecretSealed() == null ? null : cipher.decrypt(rule.getSecretSealed()).reveal();
    }
}
