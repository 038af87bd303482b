package io.dcim.console.power;

import static io.dcim.console.layout.UrlParams.enumParam;
import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Times;
import io.dcim.power.PowerModule;
import io.dcim.power.endpoint.TargetFilter;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.endpoint.TargetView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The SNMP targets ({@code /snmp-targets?site=&role=&status=}), 50 a page from the database, with how each one's last
 * poll went, how fast it answered and how long it has failed. Admins add, edit and delete targets and their device
 * profiles.
 */
public class SnmpTargetsPage extends PolledTargetsPage<TargetView> {

    private final TargetFilter filter;

    public SnmpTargetsPage(PageParameters parameters) {
        super(parameters, "power.notRunning", SnmpTargetPage.class);
        filter = new TargetFilter(longParam(parameters, "site"), null,
                enumParam(parameters, "role", TargetRole.class), null, null,
                enumParam(parameters, "status", TargetFilter.Health.class));
        add(new BookmarkablePageLink<>("profiles", SnmpProfilesPage.class).setVisible(mayConfigure()));
        FilterForm form = filterForm(filter.siteId());
        form.choose(new DropDownChoice<>("role", Model.of(filter.role()), Arrays.asList(TargetRole.values()),
                new LambdaChoiceRenderer<>(r -> EnumWords.word("power", r, getLocale()), r -> r.name())).setNullValid(true));
        form.choose(new DropDownChoice<>("status", Model.of(filter.health()), Arrays.asList(TargetFilter.Health.values()),
                new LambdaChoiceRenderer<>(h -> EnumWords.word("power", h, getLocale()), h -> h.name()))
                .setNullValid(true));
    }

    @Override
    protected Page<TargetView> targets(PowerModule power, PageRequest request) {
        return power.targets().list(filter, request);
    }

    @Override
    protected Polled<TargetView> listed(TargetView t) {
        return Polled.of(t, t.id(), t.name(), t.enabled(), t.siteId());
    }

    @Override
    protected List<IColumn<Polled<TargetView>, String>> columns() {
        List<IColumn<Polled<TargetView>, String>> columns = new ArrayList<>();
        columns.add(nameColumn());
        columns.add(new LambdaColumn<>(new ResourceModel("targets.endpoint"), "host", (Polled<TargetView> r) -> r.target().endpoint()));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.snmp"), (Polled<TargetView> r) -> r.target().snmpVersion().name().toLowerCase()));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.role"), "role", (Polled<TargetView> r) -> EnumWords.word("power", r.target().role(), getLocale())));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.where"), "site", (Polled<TargetView> r) -> where(r.target(), getString("targets.feed"))));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.profile"), "profile", (Polled<TargetView> r) -> r.target().profileId()));
        columns.add(lastPollColumn());
        columns.add(new LambdaColumn<>(new ResourceModel("targets.latency"), (Polled<TargetView> r) -> r.status() == null ? "—"
                : r.status().latencyMs() + " ms"));
        columns.add(polledColumn());
        columns.add(new LambdaColumn<>(new ResourceModel("targets.lastSuccess"), (Polled<TargetView> r) -> r.status() == null
                || r.status().lastOkAt() == null ? getString("targets.never")
                : Times.second(r.status().lastOkAt(), SiteZones.current().of(r.target().siteId()))));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.failures"), (Polled<TargetView> r) -> r.status() == null ? "0"
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

    @Override
    protected String title() {
        return getString("title");
    }
}
