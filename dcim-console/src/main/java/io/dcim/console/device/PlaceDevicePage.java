package io.dcim.console.device;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.label.LabelsField;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Labels;
import io.dcim.console.layout.Texts;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.device.NewDevice;
import io.dcim.inventory.device.PowerOverride;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.inventory.tenant.Tenant;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.panel.ComponentFeedbackPanel;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Racks a new device (with its tags and custom field values, saved in the same transaction), or moves an
 * existing one, with the same rules as the API: the domain's refusal (occupied units, outside the cabinet, over the contracted power) is shown
 * beside the field it names, and a power override needs a reason that is recorded.
 */
@AuthorizeInstantiation("device.move")
public class PlaceDevicePage extends BasePage {

    @Inject
    private Services services;

    private final Long deviceId;
    private final Form<Void> form;
    private final Map<String, FormComponent<?>> fieldsByDomainName;
    /** The new device's tags and custom fields, whose refusals ({@code tags}, {@code customFields.<key>}) go beside them. */
    private final FieldErrors labelErrors;
    private final LabelsField labels;

    private final Model<String> assetTag = Model.of("");
    private final Model<String> serial = Model.of("");
    private final Model<String> name = Model.of("");
    private final Model<Long> model = Model.of((Long) null);
    private final Model<LifecycleStatus> status = Model.of(LifecycleStatus.INSTALLED);
    private final Model<Long> tenant = Model.of((Long) null);
    private final Model<Long> room = Model.of((Long) null);
    private final Model<String> cabinet = Model.of("");
    private final Model<Integer> positionU = Model.of((Integer) null);
    private final Model<Face> face = Model.of(Face.FRONT);
    private final Model<String> overrideReason = Model.of("");

    public PlaceDevicePage(PageParameters parameters) {
        super(parameters);
        this.deviceId = parameters.get("id").isEmpty() ? null : parameters.get("id").toOptionalLong();
        prefill(parameters);
        form = new Form<>("form") {
            @Override
            protected void onSubmit() {
                save();
            }
        };
        add(form);
        form.add(new FeedbackPanel("formFeedback", message -> message.getReporter() == form));
        WebMarkupContainer identity = new WebMarkupContainer("identity");
        identity.setVisible(deviceId == null);
        form.add(identity);
        TextField<String> assetTagField = field(identity, new TextField<>("assetTag", assetTag));
        TextField<String> serialField = field(identity, new TextField<>("serial", serial));
        TextField<String> nameField = field(identity, new TextField<>("name", name));
        IModel<List<DeviceModel>> models = LoadableDetachableModel.of(() -> services().catalog().deviceModels());
        DropDownChoice<Long> modelField = field(identity, new DropDownChoice<>("model", model,
                models.map(l -> l.stream().map(entity -> entity.getId()).toList()),
                new LambdaChoiceRenderer<>(id -> models.getObject().stream().filter(m -> m.getId().equals(id))
                        .map(m -> m.getDisplayName() + " (" + m.getHeightU() + "U, " + m.getTypicalPowerW() + " W)")
                        .findFirst().orElse(""), choice -> String.valueOf(choice))));
        DropDownChoice<LifecycleStatus> statusField = field(identity, new DropDownChoice<>("status", status,
                Arrays.asList(LifecycleStatus.values()), new LambdaChoiceRenderer<>(s -> Labels.of(s), s -> s.name())));
        IModel<List<Tenant>> tenants = LoadableDetachableModel.of(() -> services().tenants().tenants());
        DropDownChoice<Long> tenantField = field(identity, new DropDownChoice<>("tenant", tenant,
                tenants.map(l -> l.stream().map(entity -> entity.getId()).toList()),
                new LambdaChoiceRenderer<>(id -> tenants.getObject().stream().filter(t -> t.getId().equals(id))
                        .map(Tenant::getName).findFirst().orElse(""), choice -> String.valueOf(choice))));
        tenantField.setNullValid(true);
        labelErrors = new FieldErrors(form);
        labels = new LabelsField("labels", ObjectType.DEVICE, null, labelErrors);
        identity.add(labels);
        IModel<List<Room>> rooms = LoadableDetachableModel.of(() -> services().sites().sites().stream()
                .flatMap(s -> services().sites().rooms(s.getId()).stream()).toList());
        DropDownChoice<Long> roomField = field(form, new DropDownChoice<>("room", room,
                rooms.map(l -> l.stream().map(entity -> entity.getId()).toList()),
                new LambdaChoiceRenderer<>(id -> rooms.getObject().stream().filter(r -> r.getId().equals(id))
                        .map(Room::getName).findFirst().orElse(""), choice -> String.valueOf(choice))));
        TextField<String> cabinetField = field(form, new TextField<>("cabinetName", cabinet));
        NumberTextField<Integer> positionField = field(form, new NumberTextField<>("positionU", positionU, Integer.class));
        DropDownChoice<Face> faceField = field(form, new DropDownChoice<>("face", face, Arrays.asList(Face.values()),
                // lambdas: a second serializable Labels::of or Enum.name reference in this class would deserialize
                // as the first (a status), see DeviceListPage
                new LambdaChoiceRenderer<>(f -> Labels.of(f), f -> f.name())));
        TextField<String> overrideField = field(form, new TextField<>("overrideReason", overrideReason));
        fieldsByDomainName = Map.ofEntries(Map.entry("assetTag", assetTagField), Map.entry("serial", serialField),
                Map.entry("name", nameField), Map.entry("modelId", modelField), Map.entry("status", statusField),
                Map.entry("tenantId", tenantField), Map.entry("roomId", roomField), Map.entry("cabinetId", cabinetField),
                Map.entry("cabinet", cabinetField), Map.entry("positionU", positionField), Map.entry("face", faceField),
                Map.entry("overrideReason", overrideField));
    }

    /** Adds the field and, beside it, the messages that concern it alone. */
    private <C extends FormComponent<?>> C field(WebMarkupContainer parent, C component) {
        parent.add(component);
        parent.add(new ComponentFeedbackPanel(component.getId() + "Feedback", component));
        return component;
    }

    private void prefill(PageParameters parameters) {
        Long cabinetId = parameters.get("cabinet").toOptionalLong();
        if (deviceId != null) {
            DeviceSummary device = services().deviceQueries().find(deviceId);
            cabinetId = device.cabinetId();
            positionU.setObject(device.positionU());
            face.setObject(device.face() == null ? Face.FRONT : device.face());
        }
        if (cabinetId != null) {
            CabinetSummary summary = services().cabinetQueries().find(cabinetId);
            room.setObject(summary.roomId());
            cabinet.setObject(summary.name());
        }
        Integer u = parameters.get("u").toOptionalInteger();
        if (u != null) {
            positionU.setObject(u);
        }
    }

    private void save() {
        try {
            Location location = location();
            String reason = overrideReason.getObject();
            PowerOverride override = reason == null || reason.isBlank() ? null
                    : new PowerOverride(reason, DcimSession.get().principal().username());
            Device placed;
            if (deviceId == null) {
                if (model.getObject() == null) {
                    fieldsByDomainName.get("modelId").error(getString("model.required"));
                    return;
                }
                placed = services().deviceFacade().create(DcimSession.get().caller(), new NewDevice(assetTag.getObject(), serial.getObject(),
                        name.getObject(), model.getObject(), status.getObject(), location, tenant.getObject(), null), override,
                        labels.labels());
            } else {
                Device current = services().devices().find(deviceId);
                placed = services().deviceFacade().move(DcimSession.get().caller(), deviceId, current.getVersion(), location, override);
            }
            Long cabinetId = location.cabinetId();
            if (cabinetId != null) {
                setResponsePage(CabinetPage.class, new PageParameters().set("id", cabinetId));
            } else {
                setResponsePage(DevicePage.class, new PageParameters().set("id", placed.getId()));
            }
        } catch (DomainException e) {
            FormComponent<?> field = e.field() == null ? null : fieldsByDomainName.get(e.field());
            if (field != null) {
                FieldErrors.report(field, e);
            } else {
                labelErrors.report(e);
            }
        }
    }

    /** The cabinet is named as people know it: a room and the cabinet's name in it. */
    private Location location() {
        String cabinetName = cabinet.getObject();
        if (cabinetName == null || cabinetName.isBlank()) {
            return Location.inStock();
        }
        if (room.getObject() == null) {
            throw new io.dcim.common.error.InvalidValueException("roomId", getString("room.required"));
        }
        CabinetSummary found = services().cabinetQueries().page(new CabinetFilter(null, room.getObject(), null,
                        cabinetName.trim(), null, null, null), PageRequest.first(20, "name")).items().stream()
                .filter(c -> c.name().equalsIgnoreCase(cabinetName.trim())).findFirst()
                .orElseThrow(() -> new io.dcim.common.error.InvalidValueException("cabinetId",
                        Texts.of(this, "cabinet.unknown", "cabinet", cabinetName.trim())));
        if (face.getObject() == Face.SIDE) {
            return Location.zeroU(found.id());
        }
        return Location.inCabinet(found.id(), positionU.getObject(), face.getObject());
    }

    private Services services() {
        return services;
    }

    @Override
    protected String title() {
        return getString(deviceId == null ? "title.new" : "title.move");
    }
}
