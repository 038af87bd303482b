package io.dcim.console.power;

import io.dcim.app.Services;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Texts;
import io.dcim.console.layout.Times;
import io.dcim.power.server.ServerPower;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;

/**
 * A server's own power as its BMC reports it over Redfish: the whole server's latest draw and each card's, with
 * when (in the site's zone), and how the endpoint's last poll went. Says so when the server has no Redfish
 * endpoint. Assembled into the device page of servers.
 */
public class ServerPowerPanel extends Panel {

    @Inject
    private Services services;

    public ServerPowerPanel(String id, long deviceId) {
        super(id);
        // Without power monitoring in this instance (a console alone), a server simply has no endpoint to show.
        IModel<ServerPower> power = LoadableDetachableModel.of(() -> services.powerIfRunning()
                .map(p -> p.serverPower().of(deviceId))
                .orElse(new ServerPower(deviceId, null, null, null, null, null, null, java.util.List.of())));
        ZoneId zone = SiteZones.current().of(power.getObject().siteId());
        boolean polled = power.getObject().targetId() != null;
        add(new Label("none", new org.apache.wicket.model.ResourceModel("power.none")).setVisible(!polled));
        WebMarkupContainer figures = new WebMarkupContainer("figures");
        figures.setVisible(polled);
        add(figures);
        figures.add(new Label("endpoint", power.map(ServerPower::endpoint)));
        figures.add(new Label("lastPoll", power.map(p -> p.lastOutcome() == null ? getString("power.neverPolled")
                : Texts.of(this, "power.lastPoll", "outcome", EnumWords.word("power", p.lastOutcome(), getLocale()),
                        "at", Times.second(p.lastPolledAt(), zone)))));
        figures.add(new Label("serverWatts", power.map(p -> p.server() == null ? "—"
                : Texts.of(this, "power.watts", "watts", Format.count(p.server().watts()),
                        "at", Times.second(p.server().at(), zone)))));
        figures.add(new Label("gpuWatts", power.map(p -> p.server() == null || p.gpus().isEmpty() ? "—"
                : Texts.of(this, "power.gpuShare", "gpus", Format.count(p.gpuWatts()),
                        "server", Format.count(p.server().watts())))));
        figures.add(new ListView<>("gpus", power.map(ServerPower::gpus)) {
            @Override
            protected void populateItem(ListItem<ServerPower.GpuPower> item) {
                ServerPower.GpuPower g = item.getModelObject();
                item.add(new Label("slot", g.slot() == null ? "—" : String.valueOf(g.slot())));
                item.add(new Label("serial", g.serial()));
                item.add(new Label("watts", g.watts() == null ? "—" : Format.count(g.watts().watts())));
                item.add(new Label("at", g.watts() == null ? "—" : Times.second(g.watts().at(), zone)));
            }
        });
    }
}
