package io.dcim.console.power;

import static io.dcim.console.layout.FilterForm.idChoice;
import static io.dcim.console.layout.UrlParams.enumParam;
import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Times;
import io.dcim.inventory.site.Site;
import io.dcim.power.PowerModule;
import io.dcim.power.endpoint.TargetFilter;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.reading.PollStatus;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
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
 * The SNMP targets ({@code /snmp-targets?site=&role=&status=}), 50 a page from the database, with how each one's last
 * poll went. Admins add, edit and delete targets.
 */
public class SnmpTargetsPage extends BasePage {

    @Inject
    private Services services;

    static final int ROWS = 50;
    public SnmpTargetsPage(PageParameters parameters) {
        super(parameters);
        TargetFilter filter = new TargetFilter(longParam(parameters, "site"), null,
                enumParam(parameters, "role", TargetRole.class), null, null,
                enumParam(parameters, "status", TargetFilter.Health.class));
        boolean running = power().isPresent();
        add(new Label("notRunning", new ResourceModel("power.notRunning")).setVisible(!running));
        add(new BookmarkablePageLink<>("add", SnmpTargetPage.class).setVisible(running && isAdmin()));
        add(new BookmarkablePageLink<>("profiles", SnmpProfilesPage.class).setVisible(isAdmin()));
        add(new FeedbackPanel("feedback"));
        add(filterForm(filter));
        PagedDataProvider<TargetRow> rows = new PagedDataProvider<>(request -> list(filter, request), ROWS, "name");
        add(new ListTable<>("targets", columns(), rows, ROWS));
    }

    Page<TargetRow> list(TargetFilter filter, PageRequest request) {
        Optional<PowerModule> power = power();
        if (power.isEmpty()) {
            return new Page<>(List.of(), 0, request);
        }
        Page<TargetView> page = power.get().targets().list(filter, request);
        Map<Long, PollStatus> statuses = power.get().statuses().find(page.items().stream().map(TargetView::id).toList());
        return new Page<>(page.items().stream().map(t -> new TargetRow(t, statuses.get(t.id()))).toList(), page.total(),
                request);
    }

    private FilterForm filterForm(TargetFilter filter) {
        FilterForm form = new FilterForm("filter", SnmpTargetsPage.class);
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());
        form.choose(idChoice("site", Model.of(filter.siteId()), sites, Site::getId, Site::getName));
        form.choose(new DropDownChoice<>("role", Model.of(filter.role()), Arrays.asList(TargetRole.values()),
                new LambdaChoiceRenderer<>(r -> EnumWords.word("power", r, getLocale()), r -> r.name())).setNullValid(true));
        form.choose(new DropDownChoice<>("status", Model.of(filter.health()), Arrays.asList(TargetFilter.Health.values()),
                new LambdaChoiceRenderer<>(h -> EnumWords.word("power", h, getLocale()), h -> h.name()))
                .setNullValid(true));
        return form;
    }

    private List<IColumn<TargetRow, String>> columns() {
        List<IColumn<TargetRow, String>> columns = new ArrayList<>();
        columns.add(new AbstractColumn<>(new ResourceModel("targets.name"), "name") {
            @Override
            public void populateItem(Item<ICellPopulator<TargetRow>> cell, String id, IModel<TargetRow> row) {
                TargetView t = row.getObject().target();
                if (isAdmin()) {
                    Fragment link = new Fragment(id, "linkFragment", SnmpTargetsPage.this);
                    link.add(new BookmarkablePageLink<>("link", SnmpTargetPage.class, new PageParameters().set("id", t.id()))
                            .setBody(Model.of(t.name())));
                    cell.add(link);
                } else {
                    cell.add(new Label(id, t.name()));
                }
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("targets.endpoint"), "host", (TargetRow r) -> r.target().endpoint()));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.snmp"), (TargetRow r) -> r.target().snmpVersion().name().toLowerCase()));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.role"), "role", (TargetRow r) -> EnumWords.word("power", r.target().role(), getLocale())));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.where"), "site", (TargetRow r) -> where(r.target(), getString("targets.feed"))));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.profile"), "profile", (TargetRow r) -> r.target().profileId()));
        columns.add(new AbstractColumn<>(new ResourceModel("targets.lastPoll")) {
            @Override
            public void populateItem(Item<ICellPopulator<TargetRow>> cell, String id, IModel<TargetRow> row) {
                TargetRow r = row.getObject();
                String text = !r.target().enabled() ? getString("targets.disabled")
                        : r.status() == null ? getString("targets.neverPolled")
                        : EnumWords.word("power", r.status().outcome(), getLocale());
                Label label = new Label(id, text);
                if (r.status() != null) {
                    label.add(AttributeModifier.append("class", "outcome " + r.status().outcome().name().toLowerCase()));
                    if (r.status().lastError() != null) {
                        label.add(AttributeModifier.replace("title", r.status().lastError()));
                    }
                }
                cell.add(label);
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("targets.latency"), (TargetRow r) -> r.status() == null ? "—"
                : r.status().latencyMs() + " ms"));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.polled"), (TargetRow r) -> r.status() == null ? "—"
                : Times.second(r.status().polledAt(), SiteZones.current().of(r.target().siteId()))));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.lastSuccess"), (TargetRow r) -> r.status() == null
                || r.status().lastOkAt() == null ? getString("targets.never")
                : Times.second(r.status().lastOkAt(), SiteZones.current().of(r.target().siteId()))));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.failures"), (TargetRow r) -> r.status() == null ? "0"
                : String.valueOf(r.status().consecutiveFailures())));
        return columns;
    }

    private static String where(TargetView t, String feedWord) {
        String place = t.siteName();
        if (t.roomName() != null) {
            place += " / " + t.roomName();
        }
        if (t.cabinetName() != null) {
            place += " / " + t.cabinetName();
        }
        return t.feed() == null ? place : place + " (" + feedWord + " " + t.feed() + ")";
    }

    static boolean isAdmin() {
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
