package io.dcim.console.webhook;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Times;
import io.dcim.power.webhook.DeliveryFilter;
import io.dcim.power.webhook.DeliveryState;
import io.dcim.power.webhook.DeliveryView;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.SortOrder;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Webhook deliveries, newest first ({@code ?state=DEAD} for the dead letters): each event on its way to a rule's
 * destination with its attempts, the next one, the last answer's status and a short excerpt; one not yet delivered
 * can be retried (a POST; the façade checks {@code webhook.manage}). Times on the event's site's clock.
 */
@AuthorizeInstantiation("webhook.manage")
public class WebhookDeliveriesPage extends BasePage {

    private static final String STATE_PREFIX = "state.";
    private static final String EVENT_PREFIX = "event.";

    @Inject
    private Services services;

    public WebhookDeliveriesPage(PageParameters parameters) {
        super(parameters);
        DeliveryState state = state(parameters.get("state").toOptionalString());
        add(new BookmarkablePageLink<>("rules", WebhooksPage.class));
        List<DeliveryState> filters = new ArrayList<>();
        filters.add(null);
        filters.addAll(List.of(DeliveryState.values()));
        add(new ListView<>("filter", filters) {
            @Override
            protected void populateItem(ListItem<DeliveryState> item) {
                DeliveryState s = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", WebhookDeliveriesPage.class,
                        s == null ? new PageParameters() : new PageParameters().set("state", s.name()));
                link.setBody(new ResourceModel(s == null ? "all" : stateKey(s)));
                link.setEnabled(s != state);
                item.add(link);
            }
        });
        add(new FeedbackPanel("feedback"));
        PagedDataProvider<DeliveryView> rows = new PagedDataProvider<>(request -> list(state, request), 50, "created");
        rows.setSort("created", SortOrder.DESCENDING);
        add(new ListTable<>("deliveries", columns(), rows, 50));
    }

    private static DeliveryState state(String text) {
        for (DeliveryState s : DeliveryState.values()) {
            if (s.name().equals(text)) {
                return s;
            }
        }
        return null;
    }

    private static String stateKey(DeliveryState state) {
        return STATE_PREFIX + state.name();
    }

    private Page<DeliveryView> list(DeliveryState state, PageRequest request) {
        return services.powerIfRunning().map(p -> p.webhookFacade().deliveries(DcimSession.get().caller(),
                new DeliveryFilter(state, null), request)).orElse(new Page<>(List.of(), 0, request));
    }

    private List<IColumn<DeliveryView, String>> columns() {
        List<IColumn<DeliveryView, String>> columns = new ArrayList<>();
        columns.add(new LambdaColumn<>(new ResourceModel("created"), "created",
                d -> Times.second(d.occurredAt(), zone(d))));
        columns.add(new LambdaColumn<>(new ResourceModel("event"), "type", d -> eventLabel(d)));
        columns.add(new LambdaColumn<>(new ResourceModel("subject"), d -> d.subject()));
        columns.add(new LambdaColumn<>(new ResourceModel("rule"), "rule", d -> d.ruleName()));
        columns.add(new LambdaColumn<>(new ResourceModel("state"), "state", d -> getString(stateKey(d.state()))));
        columns.add(new LambdaColumn<>(new ResourceModel("attempts"), "attempts", d -> String.valueOf(d.attempts())));
        columns.add(new LambdaColumn<>(new ResourceModel("next"), "next", d -> d.state() == DeliveryState.PENDING
                ? Times.second(d.nextAttemptAt(), zone(d)) : "—"));
        columns.add(new LambdaColumn<>(new ResourceModel("lastAnswer"), d -> d.lastStatus() == null ? "—"
                : String.valueOf(d.lastStatus())));
        columns.add(new LambdaColumn<>(new ResourceModel("lastError"), d -> d.lastError() == null ? "" : d.lastError()));
        columns.add(new AbstractColumn<>(new ResourceModel("retry")) {
            @Override
            public void populateItem(Item<ICellPopulator<DeliveryView>> cell, String id, IModel<DeliveryView> row) {
                DeliveryView d = row.getObject();
                cell.add(d.state() == DeliveryState.DELIVERED ? new Label(id, "—") : retryForm(id, d.id()));
            }
        });
        return columns;
    }

    private String eventLabel(DeliveryView d) {
        String key = EVENT_PREFIX + d.eventType().code();
        return getString(key);
    }

    private java.time.ZoneId zone(DeliveryView d) {
        return SiteZones.current().of(d.siteId());
    }

    private Fragment retryForm(String id, long deliveryId) {
        Fragment fragment = new Fragment(id, "retryFragment", this);
        fragment.add(new Form<Void>("retry") {
            @Override
            protected void onSubmit() {
                try {
                    services.power().webhookFacade().retry(DcimSession.get().caller(), deliveryId);
                    getSession().success(getString("retried"));
                    setResponsePage(WebhookDeliveriesPage.class, getPage().getPageParameters());
                } catch (DomainException e) {
                    FieldErrors.report(WebhookDeliveriesPage.this, e);
                }
            }
        });
        return fragment;
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
