package io.dcim.console.chain;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.common.error.NotFoundException;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.power.PolledTargetsPage;
import io.dcim.power.PowerModule;
import io.dcim.power.endpoint.RedfishTargetView;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Servers' BMCs polled over Redfish ({@code /redfish-targets?site=}), 50 a page from the database: the device each
 * reports on, its address, how its certificate is trusted and how its last poll went. Those holding
 * {@code power.configure} (as the API asks) add, edit, remove and poll them now.
 */
@AuthorizeInstantiation("read")
public class RedfishTargetsPage extends PolledTargetsPage<RedfishTargetView> {

    private final Long siteId;

    public RedfishTargetsPage(PageParameters parameters) {
        super(parameters, "notRunning", RedfishTargetPage.class);
        siteId = longParam(parameters, "site");
        filterForm(siteId);
    }

    @Override
    protected Page<RedfishTargetView> targets(PowerModule power, PageRequest request) {
        return power.redfishTargets().list(siteId, null, request);
    }

    @Override
    protected Polled<RedfishTargetView> listed(RedfishTargetView t) {
        return Polled.of(t, t.id(), t.name(), t.enabled(), t.siteId());
    }

    /** The label of the device the BMC reports on. */
    private String device(Long deviceId) {
        if (deviceId == null) {
            return "\u2014";
        }
        try {
            return services().deviceQueries().find(deviceId).label();
        } catch (NotFoundException e) {
            return "\u2014";
        }
    }

    @Override
    protected List<IColumn<Polled<RedfishTargetView>, String>> columns() {
        List<IColumn<Polled<RedfishTargetView>, String>> columns = new ArrayList<>();
        columns.add(nameColumn());
        columns.add(new LambdaColumn<>(new ResourceModel("targets.device"), "device", (Polled<RedfishTargetView> r) -> device(r.target().deviceId())));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.address"), "host", (Polled<RedfishTargetView> r) -> r.target().endpoint()));
        columns.add(new LambdaColumn<>(new ResourceModel("targets.trust"), (Polled<RedfishTargetView> r) -> getString(
                !r.target().tls() ? "trust.plain" : r.target().trustSelfSigned() ? "trust.selfSigned"
                        : "trust.verified")));
        columns.add(lastPollColumn());
        columns.add(polledColumn());
        return columns;
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
