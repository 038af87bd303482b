package io.dcim.power.webhook;

import static io.dcim.common.access.Permission.WEBHOOK_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.ObjectUseCases;
import io.dcim.common.access.UseCase;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import java.util.List;

/**
 * Event rules and webhooks, for those who hold {@code webhook.manage}: the rules, their test message, the
 * deliveries with the dead letters and their retry, and the delivery run the scheduler fires. Reading is under the
 * same permission: a rule's masked address still says where the operator's events go.
 */
public final class WebhookFacade extends ObjectUseCases<RuleView, RuleDetails> {

    private final Database db;
    private final WebhookRules rules;
    private final WebhookDeliveries deliveries;
    private final WebhookDispatcher dispatcher;

    public WebhookFacade(Database db, WebhookRules rules, WebhookDeliveries deliveries, WebhookDispatcher dispatcher) {
        super(db, WEBHOOK_MANAGE, rules::create, rules::edit, rules::delete);
        this.db = db;
        this.rules = rules;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
    }

    public List<RuleView> rules(Caller caller) {
        caller.require(WEBHOOK_MANAGE);
        return rules.all();
    }

    public RuleView rule(Caller caller, long id) {
        caller.require(WEBHOOK_MANAGE);
        return rules.find(id);
    }

    /** Sends a test message now (outside any transaction: the destination may take its timeout to answer). */
    public Outcome test(Caller caller, long ruleId) {
        return UseCase.call(caller, WEBHOOK_MANAGE, () -> deliveries.test(ruleId));
    }

    public Page<DeliveryView> deliveries(Caller caller, DeliveryFilter filter, PageRequest request) {
        caller.require(WEBHOOK_MANAGE);
        return deliveries.list(filter == null ? DeliveryFilter.ALL : filter, request);
    }

    public void retry(Caller caller, long deliveryId) {
        UseCase.perform(db, caller, WEBHOOK_MANAGE, session -> deliveries.retry(deliveryId));
    }

    /** The scheduled run: fan the outbox out to the rules and deliver what is due (sends outside transactions). */
    public DispatchReport dispatch(Caller caller) {
        return UseCase.call(caller, WEBHOOK_MANAGE, dispatcher::run);
    }
}
