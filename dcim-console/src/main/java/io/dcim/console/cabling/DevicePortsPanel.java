package io.dcim.console.cabling;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.device.DevicePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.NameLink;
import io.dcim.console.layout.PostAction;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableType;
import io.dcim.inventory.cable.NewCable;
import io.dcim.inventory.cable.PortSummary;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.wicket.Component;
import org.apache.wicket.authorization.UnauthorizedActionException;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A device's ports: what each is cabled to, a trace from each cabled port, and for those who may
 * cable, a disconnect button per cable and a form to connect a free port, with each refusal shown
 * beside the field it names. The cabling façade decides; the panel only asks.
 */
public class DevicePortsPanel extends org.apache.wicket.markup.html.panel.Panel {

    @Inject
    private Services services;

    private final long deviceId;
    private final IModel<List<PortSummary>> ports;

    public DevicePortsPanel(String id, long deviceId) {
        super(id);
        this.deviceId = deviceId;
        this.ports = LoadableDetachableModel.of(() -> services.cabling().cables().ports(caller(), deviceId));
        boolean mayCable = DcimSession.get().may(Permission.CABLE_EDIT);
        add(new Label("portCount", ports.map(List::size)));
        add(new BookmarkablePageLink<>("allCables", CableListPage.class, new PageParameters().set("device", deviceId)));
        add(new ListView<>("ports", ports) {
            @Override
            protected void populateItem(ListItem<PortSummary> item) {
                populatePort(item, mayCable);
            }
        });
        add(connectForm().setVisible(mayCable));
    }

    private void populatePort(ListItem<PortSummary> item, boolean mayCable) {
        PortSummary port = item.getModelObject();
        item.add(new Label("name", port.name()));
        item.add(new Label("kind", port.kind().name() + (port.breakout() ? " ⇉" : "")));
        item.add(new Label("cable", port.cableLabel() == null ? "—" : port.cableLabel()
                + (port.lanes() != null && port.lanes() > 1 ? " ×" + port.lanes() : "")));
        item.add(new Label("cableStatus", CableText.of(this, port.cableStatus())));
        item.add(NameLink.to("farDevice", DevicePage.class, port.farDeviceId() == null ? 0 : port.farDeviceId(),
                port.farDevice() == null ? "" : port.farDevice()).setVisible(port.farDeviceId() != null));
        item.add(new Label("farPort", port.farPort() == null ? "" : port.farPort()));
        item.add(new BookmarkablePageLink<>("trace", TracePage.class, new PageParameters().set("port", port.portId()))
                .setVisible(port.cableId() != null));
        item.add(disconnectLink(port).setVisible(mayCable && port.cableId() != null));
    }

    /** Carries the cable's version as shown, so a cable changed meanwhile is refused rather than removed. */
    private PostAction disconnectLink(PortSummary port) {
        int versionShown = port.cableId() == null ? 0 : port.cableVersion();
        Long cableId = port.cableId();
        String label = port.cableLabel();
        return new PostAction("disconnect", new org.apache.wicket.model.ResourceModel("ports.disconnect")) {
            @Override
            protected void onPost() {
                // Built only for those who may cable; a forged call is refused here and by the façade.
                if (!DcimSession.get().may(Permission.CABLE_EDIT)) {
                    throw new UnauthorizedActionException(this, Component.ENABLE);
                }
                try {
                    services.cabling().cables().disconnect(caller(), cableId, versionShown);
                    getPage().success(getString("ports.disconnected", Model.ofMap(java.util.Map.of("label", label))));
                } catch (DomainException e) {
                    FieldErrors.report(getPage(), e);
                }
            }
        };
    }

    /** The values the connect form edits. */
    private static final class Connect implements java.io.Serializable {
        Long portId;
        String farDevice;
        String farPort;
        CableType type = CableType.AOC;
        String label;
        String length;
        CableStatus status = CableStatus.PLANNED;
    }

    private Form<Void> connectForm() {
        Connect values = new Connect();
        Form<Void> form = new Form<>("connect");
        FieldErrors errors = new FieldErrors(form);
        IModel<List<Long>> free = ports.map(list -> list.stream().filter(p -> p.cableId() == null)
                .map(PortSummary::portId).toList());
        errors.add(form, "aPortId", new DropDownChoice<>("port", LambdaModel.of(() -> values.portId, v -> values.portId = v),
                free, new LambdaChoiceRenderer<>(this::portName, choice -> String.valueOf(choice))).setRequired(true));
        TextField<String> farDevice = errors.add(form, "farDevice", new TextField<>("farDevice",
                LambdaModel.of(() -> values.farDevice, v -> values.farDevice = v)));
        farDevice.setRequired(true);
        errors.add(form, "bPortIds", new TextField<>("farPort", LambdaModel.of(() -> values.farPort,
                v -> values.farPort = v))).setRequired(true);
        errors.add(form, "type", new DropDownChoice<>("type", LambdaModel.of(() -> values.type, v -> values.type = v),
                Arrays.asList(CableType.values()), new LambdaChoiceRenderer<>(t -> CableText.of(this, t), choice -> choice.name()))
                .setRequired(true));
        errors.add(form, "label", new TextField<>("label", LambdaModel.of(() -> values.label, v -> values.label = v)));
        errors.add(form, "lengthM", new TextField<>("length", LambdaModel.of(() -> values.length, v -> values.length = v)));
        errors.add(form, "status", new DropDownChoice<>("status", LambdaModel.of(() -> values.status,
                v -> values.status = v), List.of(CableStatus.PLANNED, CableStatus.INSTALLED),
                new LambdaChoiceRenderer<>(s -> CableText.of(this, s), choice -> choice.name())).setRequired(true));
        form.add(new org.apache.wicket.markup.html.form.Button("save") {
            @Override
            public void onSubmit() {
                if (!DcimSession.get().may(Permission.CABLE_EDIT)) {
                    throw new UnauthorizedActionException(this, Component.ENABLE);
                }
                try {
                    long far = services.cabling().cables().portNamed(caller(), values.farDevice, values.farPort, "bPortIds");
                    var cable = services.cabling().cables().connect(caller(), new NewCable(values.label, values.type,
                            values.portId, List.of(far), length(values.length), null, values.status));
                    getPage().success(getString("ports.connected", Model.ofMap(java.util.Map.of("label", cable.label()))));
                    values.portId = null;
                    values.farPort = null;
                    values.label = null;
                } catch (DomainException e) {
                    errors.report(e);
                }
            }
        });
        return form;
    }

    private static BigDecimal length(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new io.dcim.common.error.InvalidValueException("lengthM", io.dcim.common.error.Message.of(
                    "inventory.cable.length", text.strip()));
        }
    }

    private String portName(Long portId) {
        return ports.getObject().stream().filter(p -> Objects.equals(p.portId(), portId)).map(p -> p.name() + " (" + p.kind()
                + ")").findFirst().orElse(String.valueOf(portId));
    }

    private static Caller caller() {
        return DcimSession.get().caller();
    }

    @Override
    protected void onDetach() {
        ports.detach();
        super.onDetach();
    }
}
