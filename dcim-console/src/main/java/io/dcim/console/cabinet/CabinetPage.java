package io.dcim.console.cabinet;

import static io.dcim.console.layout.UrlParams.idOr;
import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.device.DevicePage;
import io.dcim.console.device.PlaceDevicePage;
import io.dcim.console.history.HistoryPage;
import io.dcim.console.label.LabelsView;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.EditLink;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Found;
import io.dcim.console.layout.Texts;
import io.dcim.console.power.CabinetFeedsPanel;
import io.dcim.console.power.CabinetPowerPanel;
import io.dcim.console.power.LevelColours;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.tag.ObjectType;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.head.JavaScriptHeaderItem;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.JavaScriptResourceReference;

/**
 * A cabinet's elevation: front and rear drawn to scale, 0U devices beside, reserved space
 * hatched, power against contract. Ops drag a device to free units of either face, or of a
 * neighbour cabinet shown alongside ({@code ?with=<cabinet id>}), to move it.
 */
public class CabinetPage extends BasePage {

    @Inject
    private Services services;

    private static final int MAX_DEVICES = 500;
    private static final JavaScriptResourceReference DRAG = new JavaScriptResourceReference(CabinetPage.class,
            "elevation-drag.js");

    private final long cabinetId;
    private final IModel<CabinetSummary> cabinet;

    public CabinetPage(PageParameters parameters) {
        super(parameters);
        this.cabinetId = idOr(parameters, "id", CabinetListPage.class);
        this.cabinet = summary(cabinetId);
        cabinet.getObject();
        Long neighbourId = longParam(parameters, "with");
        IModel<CabinetSummary> neighbour = neighbourId == null || neighbourId == cabinetId ? null : summary(neighbourId);

        add(new LabelsView("labels", ObjectType.CABINET, cabinetId));
        addUseAndPower();
        add(new BookmarkablePageLink<>("history", HistoryPage.class,
                new PageParameters().set("type", "cabinet").set("id", cabinetId)));
        add(EditLink.to("edit", CabinetEditPage.class, cabinetId));
        add(new BookmarkablePageLink<>("rackHere", PlaceDevicePage.class, new PageParameters().set("cabinet", cabinetId))
                .setVisible(canEdit()));

        FeedbackPanel dragFeedback = new FeedbackPanel("dragFeedback");
        dragFeedback.setOutputMarkupId(true);
        add(dragFeedback);
        WebMarkupContainer racks = new WebMarkupContainer("racks");
        if (canEdit()) {
            MoveByDragBehavior drag = new MoveByDragBehavior(dragFeedback);
            racks.add(drag);
            racks.add(AttributeModifier.replace("data-drag-url", () -> drag.getCallbackUrl().toString()));
        }
        add(racks);
        IModel<ElevationSvg.Cabinet> here = elevationModel(cabinet);
        racks.add(elevation("front", Face.FRONT, here));
        racks.add(elevation("rear", Face.REAR, here));
        racks.add(new ListView<>("zeroU", here.map(c -> c.devices().stream().filter(d -> d.face() == Face.SIDE).toList())) {
            @Override
            protected void populateItem(ListItem<DeviceSummary> item) {
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", DevicePage.class,
                        new PageParameters().set("id", item.getModelObject().id()));
                link.add(new Label("label", item.getModel().map(d -> d.label() + " · " + d.model())));
                item.add(link);
            }
        });
        WebMarkupContainer next = new WebMarkupContainer("neighbour");
        next.setVisible(neighbour != null);
        IModel<ElevationSvg.Cabinet> there = neighbour == null ? () -> null : elevationModel(neighbour);
        next.add(new Label("neighbourName", neighbour == null ? () -> "" : neighbour.map(CabinetSummary::name)));
        next.add(neighbour == null ? new Label("neighbourFront") : elevation("neighbourFront", Face.FRONT, there));
        next.add(neighbour == null ? new Label("neighbourRear") : elevation("neighbourRear", Face.REAR, there));
        racks.add(next);
        add(new NeighbourForm("showWith", cabinet, neighbourId));
        add(new ReservationsPanel("reservations", cabinetId));
        add(new CabinetPowerPanel("powerCharts", cabinetId));
        add(new CabinetFeedsPanel("feeds", cabinetId));
    }

    /** The U used and free, and the typical draw against the contract as a bar in its level's colour. */
    private void addUseAndPower() {
        add(new Label("space", cabinet.map(c -> Texts.of(this, "space", "used", c.usedU(), "free", c.freeU(),
                "height", c.heightU()))));
        add(new Label("power", cabinet.map(c -> Texts.of(this, "power", "typical", Format.kw(c.typicalW()),
                "contracted", Format.kw(c.contractedW()), "percent", Math.round(c.powerUtilizationPct()),
                "headroom", Format.kw(c.headroomW())))));
        WebMarkupContainer fill = new WebMarkupContainer("powerFill");
        fill.add(AttributeModifier.replace("style", cabinet.map(c -> "width:" + Math.min(100, Math.round(c.powerUtilizationPct())) + "%")));
        fill.add(AttributeModifier.append("class", cabinet.map(c -> LevelColours.power(c.siteId(), c.id(),
                c.powerUtilizationPct()))));
        add(fill);
    }

    private IModel<CabinetSummary> summary(long id) {
        return Found.model(() -> services().cabinetQueries().find(id));
    }

    private IModel<ElevationSvg.Cabinet> elevationModel(IModel<CabinetSummary> summary) {
        return LoadableDetachableModel.of(() -> {
            CabinetSummary c = summary.getObject();
            List<DeviceSummary> devices = services().deviceQueries().page(DeviceFilter.inCabinet(c.id()),
                    PageRequest.first(MAX_DEVICES, "position")).items();
            return new ElevationSvg.Cabinet(c.id(), c.name(), c.heightU(), devices, services().reservations().active(c.id()));
        });
    }

    private Label elevation(String id, Face face, IModel<ElevationSvg.Cabinet> model) {
        Label svg = new Label(id, model.map(c -> ElevationSvg.draw(c, face,
                deviceId -> urlFor(DevicePage.class, new PageParameters().set("id", deviceId)).toString())));
        svg.setEscapeModelStrings(false);
        return svg;
    }

    static boolean canEdit() {
        return DcimSession.get().may(Permission.DEVICE_MOVE);
    }

    private Services services() {
        return services;
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        if (canEdit()) {
            response.render(JavaScriptHeaderItem.forReference(DRAG));
        }
    }

    @Override
    protected String title() {
        return Texts.of(this, "title", "name", cabinet.getObject().name());
    }

    @Override
    protected List<Crumb> crumbs() {
        return CabinetCrumbs.to(cabinet.getObject(), true);
    }

    @Override
    protected void onDetach() {
        cabinet.detach();
        super.onDetach();
    }
}
