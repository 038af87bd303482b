package io.dcim.console.chain;

import static io.dcim.console.layout.FilterForm.idChoice;
import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Times;
import io.dcim.console.power.EnumWords;
import io.dcim.inventory.site.Site;
import io.dcim.power.PowerModule;
import io.dcim.power.endpoint.RedfishTargetView;
import io.dcim.power.reading.PollStatus;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Servers' BMCs polled over Redfish ({@code /redfish-targets?site=}), 50 a page from the database: the device each
 * reports on, its address, how its certificate is trusted and how its last poll went. Those holding
 * {@code power.configure} (as the API asks) add, edit, remove and poll them now.
 */
@AuthorizeInstantiation("read")
public class RedfishTargetsPage extends BasePage {

    static final int ROWS = 50;

    @Inject
    private Services services;

    public RedfishTargetsPage(PageParameters parameters) {
        super(parameters);
        Long siteId = longParam(parameters, "site");
        boolean running = power().isPresent();
        add(new Label("notRunning", new ResourceModel("notRunning")).setVisible(!running));
        add(new BookmarkablePageLink<>("add", RedfishTargetPage.class).setVisible(running && mayConfigure()));
        add(new FeedbackPanel("feedback"));
        FilterForm filter = new FilterForm("filter", RedfishTargetsPage.class);
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());
        filter.choose(idChoice("site", Model.of(siteId), sites, Site::getId, Site::getName));
        add(filter);
        PagedDataProvider<Row> rows = new PagedDataProvider<>(request -> list(siteId, request), ROWS, "name");
        add(new ListTable<>("targets", columns(), rows, ROWS));
    }

    /** A BMC endpoint with the device it reports on (its label) and its last poll (null: never polled). */
    record Row(RedfishTargetView target, String device, PollStatus status) implements Serializable {
    }

    private Page<Row> list(Long siteId, PageRequest request) {
        Optional<PowerModule> power = power();
        if (power.isEmpty()) {
            return new Page<>(List.of(), 0, request);
        }
        Page<RedfishTargetView> page = power.get().redfishTargets().list(siteId, null, request);
        Map<Long, PollStatus> statuses = power.get().statuses().find(page.items().stream()
                .map(RedfishTargetView::id).toList());
        return new Page<>(page.items().stream().map(t -> new Row(t, device(t.deviceId()), statuses.get(t.id())))
                .toList(), page.total(), request);
    }

    private String device(Long deviceId) {
        if (deviceId == null) {
            return "\u2014";
        }
        try {
            return services.deviceQueries().find(deviceId).label();
        } catch (NotFoundException e) {
            return "\u2014";
        }
    }

    private List<IColumn<Row, String>> columns() {
        List<IColumn<Row, String>> columns = new ArrayList<>();
        columns.add(new AbstractColumn<>(new ResourceModel("targets.name"), "name") {
            @Override
            public void populateItem(Item<ICellPopulator<Row>> cell, String id, IModel<Row> row) {
                RedfishTargetView t = row.getObject().target();
                Fragment link = new Fragment(id, "linkFragment", RedfishTargetsPage.this);
                link.add(new BookmarkablePageLink<>("link", RedfishTargetPage.class, new PageParameters()
                        .set("id", t.id())).setBody(Model.of(t.name())).setEnabled(mayConfigure()));
                cell.add(link);
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("targets.device"), "device", (Row r) -> r.device()));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.address"), "host", (Row r) -> r.target().endpoint()));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.trust"), (Row r) -> getString(
                !r.target().tls() ? "trust.plain" : r.target().trustSelfSigned() ? "trust.selfSigned"
                        : "trust.verified")));
        columns.add(new AbstractColumn<>(new ResourceModel("targets.lastPoll")) {
            @Override
            public void populateItem(Item<ICellPopulator<Row>> cell, String id, IModel<Row> row) {
                Row r = row.getObject();
                String text = !r.target().enabled() ? getString("targets.disabled")
                        : r.status() == null ? getString("targets.neverPolled")
                        : EnumWords.word("power", r.status().outcome(), getLocale());
                Label label = new Label(id, text);
                if (r.status() != null && r.status().lastError() != null) {
                    label.add(AttributeModifier.replace("title", r.status().lastError()));
                }
                cell.add(label);
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("targets.polled"), (Row r) -> r.status() == null ? "\u2014"
                : Times.second(r.status().polledAt(), SiteZones.current().of(r.target().siteId()))));
        return columns;
    }

    static boolean mayConfigure() {
        return DcimSession.get().may(Permission.POWER_CONFIGURE);
    }

    private Optional<PowerModule> power() {
        return services.powerIfRunning();
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
