package io.dcim.web.cabinet;

import io.dcim.common.error.NotFoundException;
import io.dcim.common.paging.PageRequest;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.Face;
import io.dcim.web.DcimWicketApplication;
import io.dcim.web.auth.DcimSession;
import io.dcim.web.device.DevicePage;
import io.dcim.web.device.PlaceDevicePage;
import io.dcim.web.layout.BasePage;
import io.dcim.web.layout.Format;
import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;

/** A cabinet's elevation: front and rear drawn to scale, 0U devices beside, power against contract. */
public class CabinetPage extends BasePage {

    private static final int MAX_DEVICES = 500;
    private final long cabinetId;
    private final IModel<CabinetSummary> cabinet;

    public CabinetPage(PageParameters parameters) {
        super(parameters);
        Long id = io.dcim.web.layout.UrlParams.longParam(parameters, "id");
        if (id == null) {
            throw new RestartResponseException(CabinetListPage.class);
        }
        this.cabinetId = id;
        this.cabinet = LoadableDetachableModel.of(() -> {
            try {
                return DcimWicketApplication.get().services().cabinetQueries().find(cabinetId);
            } catch (NotFoundException e) {
                throw new AbortWithHttpErrorCodeException(404, e.getMessage());
            }
        });
        cabinet.getObject();
        IModel<List<DeviceSummary>> devices = LoadableDetachableModel.of(() -> DcimWicketApplication.get().services()
                .deviceQueries().page(DeviceFilter.inCabinet(cabinetId), PageRequest.first(MAX_DEVICES, "position")).items());
        add(new Label("where", cabinet.map(c -> c.roomName() + " › row " + c.rowName() + " › " + c.name())));
        add(new Label("space", cabinet.map(c -> c.usedU() + " U used, " + c.freeU() + " U free of " + c.heightU())));
        add(new Label("power", cabinet.map(c -> Format.kw(c.typicalW()) + " kW typical of " + Format.kw(c.contractedW())
                + " kW contracted (" + Math.round(c.powerUtilizationPct()) + "%), headroom " + Format.kw(c.headroomW()) + " kW")));
        WebMarkupContainer fill = new WebMarkupContainer("powerFill");
        fill.add(AttributeModifier.replace("style", cabinet.map(c -> "width:" + Math.min(100, Math.round(c.powerUtilizationPct())) + "%")));
        fill.add(AttributeModifier.append("class", cabinet.map(c -> c.powerUtilizationPct() > 95 ? "crit"
                : c.powerUtilizationPct() > 80 ? "warn" : "")));
        add(fill);
        add(new BookmarkablePageLink<>("history", io.dcim.web.history.HistoryPage.class,
                new PageParameters().set("type", "cabinet").set("id", cabinetId)));
        add(new BookmarkablePageLink<>("rackHere", PlaceDevicePage.class, new PageParameters().set("cabinet", cabinetId))
                .setVisible(canEdit()));
        add(elevation("front", Face.FRONT, devices));
        add(elevation("rear", Face.REAR, devices));
        add(new ListView<>("zeroU", devices.map(all -> all.stream().filter(d -> d.face() == Face.SIDE).toList())) {
            @Override
            protected void populateItem(ListItem<DeviceSummary> item) {
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", DevicePage.class,
                        new PageParameters().set("id", item.getModelObject().id()));
                link.add(new Label("label", item.getModel().map(d -> d.label() + " · " + d.model())));
                item.add(link);
            }
        });
    }

    private Label elevation(String id, Face face, IModel<List<DeviceSummary>> devices) {
        Label svg = new Label(id, devices.map(list -> ElevationSvg.draw(cabinet.getObject().name(),
                cabinet.getObject().heightU(), face, list,
                deviceId -> urlFor(DevicePage.class, new PageParameters().set("id", deviceId)).toString())));
        svg.setEscapeModelStrings(false);
        return svg;
    }

    static boolean canEdit() {
        return DcimSession.get().canEditInventory();
    }

    @Override
    protected String title() {
        return "Cabinet " + cabinet.getObject().name();
    }

    @Override
    protected void onDetach() {
        cabinet.detach();
        super.onDetach();
    }
}
