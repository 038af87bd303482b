package io.dcim.console.device;

import static io.dcim.console.layout.UrlParams.idOr;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.cabinet.CabinetCrumbs;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.EditLink;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Found;
import io.dcim.console.layout.Labels;
import io.dcim.console.layout.PostAction;
import io.dcim.console.layout.Texts;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.LifecycleStatus;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.Component;
import org.apache.wicket.authorization.UnauthorizedActionException;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** One device: what it is, where it sits, its state and tenant, and its GPUs. */
public class DevicePage extends BasePage {

    @Inject
    private Services services;

    private final IModel<DeviceSummary> device;

    public DevicePage(PageParameters parameters) {
        super(parameters);
        long id = idOr(parameters, "id", getApplication().getHomePage());
        device = Found.model(() -> services.deviceQueries().find(id));
        device.getObject();
        add(new Label("assetTag", device.map(DeviceSummary::assetTag)));
        add(new Label("serial", device.map(DeviceSummary::serial)));
        add(new Label("model", device.map(d -> d.manufacturer() + " " + d.model() + " (" + d.heightU() + "U)")));
        add(new Label("kind", device.map(d -> Labels.of(d.kind()))));
        add(new Label("status", device.map(d -> Labels.of(d.status()))));
        add(new Label("tenant", device.map(d -> d.tenantName() == null ? "—" : d.tenantName())));
        BookmarkablePageLink<Void> cabinet = new BookmarkablePageLink<>("cabinet", CabinetPage.class,
                new PageParameters().set("id", device.getObject().cabinetId() == null ? 0 : device.getObject().cabinetId()));
        cabinet.add(new Label("cabinetName", device.map(d -> d.cabinetName() + (d.positionU() == null ? " (0U)"
                : ", U" + d.positionU() + " " + Labels.of(d.face())))));
        cabinet.setVisible(device.getObject().cabinetId() != null);
        add(cabinet);
        add(new io.dcim.console.label.LabelsView("labels", io.dcim.inventory.tag.ObjectType.DEVICE, id));
        add(new FeedbackPanel("feedback"));
        add(new BookmarkablePageLink<>("history", io.dcim.console.history.HistoryPage.class,
                new PageParameters().set("type", "device").set("id", id)));
        add(transitions(id));
        add(EditLink.to("edit", DeviceEditPage.class, id));
        add(new BookmarkablePageLink<>("move", PlaceDevicePage.class, new PageParameters().set("id", id))
                .setVisible(DcimSession.get().may(Permission.DEVICE_MOVE)));
        add(new io.dcim.console.cabling.DevicePortsPanel("ports", id));
        // Servers' own and their cards' draw, as their BMC reports it (Redfish).
        add(new io.dcim.console.power.ServerPowerPanel("serverPower", id)
                .setVisible(device.getObject().kind() == io.dcim.inventory.catalog.DeviceKind.GPU_SERVER
                        || device.getObject().kind() == io.dcim.inventory.catalog.DeviceKind.CPU_SERVER));
        add(new DeviceGpusPanel("gpus", id));
    }

    /**
     * One button per lifecycle state the device may move to. Each carries the version shown,
     * so a change someone else saved meanwhile is refused rather than overwritten.
     */
    private ListView<LifecycleStatus> transitions(long id) {
        boolean canEdit = DcimSession.get().may(Permission.DEVICE_MOVE);
        IModel<List<LifecycleStatus>> next = device.map(d -> canEdit ? List.copyOf(d.status().next()) : List.of());
        return new ListView<>("transitions", next) {
            @Override
            protected void populateItem(ListItem<LifecycleStatus> item) {
                LifecycleStatus target = item.getModelObject();
                int versionShown = services.devices().find(id).getVersion();
                item.add(new PostAction("to", Model.of("→ " + Labels.of(target))) {
                    @Override
                    protected void onPost() {
                        // The button is built only for those who may move devices; a forged call is refused here too.
                        if (!DcimSession.get().may(Permission.DEVICE_MOVE)) {
                            throw new UnauthorizedActionException(this, Component.ENABLE);
                        }
                        try {
                            services.deviceFacade().changeStatus(DcimSession.get().caller(), id, versionShown,
                                    target, null);
                            DevicePage.this.success(Texts.of(DevicePage.this, "statusChanged", "status", Labels.of(target)));
                        } catch (DomainException e) {
                            FieldErrors.report(DevicePage.this, e);
                        }
                    }
                });
            }
        };
    }

    @Override
    protected String title() {
        return Texts.of(this, "title", "device", device.getObject().label());
    }

    @Override
    protected List<Crumb> crumbs() {
        DeviceSummary d = device.getObject();
        List<Crumb> trail = new ArrayList<>();
        if (d.cabinetId() != null) {
            trail.addAll(CabinetCrumbs.to(services.cabinetQueries().find(d.cabinetId()), false));
        } else {
            trail.add(Crumb.to(getString("crumb.devices"), DeviceListPage.class, new PageParameters()));
        }
        trail.add(Crumb.here(d.assetTag()));
        return trail;
    }

    @Override
    protected void onDetach() {
        device.detach();
        super.onDetach();
    }
}
