package io.dcim.console.device;

import io.dcim.app.Services;
import io.dcim.common.edit.Change;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.label.LabelsField;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceUpdate;
import io.dcim.inventory.tag.ObjectType;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A device's identity edited ({@code /device-edit?id=}): asset tag, serial, name, tenant and notes, against
 * the version the form was filled from. The device can be cloned (another of the same model, ordered and in
 * stock) and deleted while its lifecycle allows (ordered or received). Placement and status stay on
 * {@link DevicePage}.
 */
@AuthorizeInstantiation("device.edit")
public class DeviceEditPage extends FormEditPage {

    @Inject
    private Services services;

    private final long deviceId;
    private final LabelsField labels;
    private final Model<String> assetTag = Model.of();
    private final Model<String> serial = Model.of();
    private final Model<String> name = Model.of();
    private final Model<Long> tenant = Model.of();
    private final Model<String> notes = Model.of();
    private final Model<String> cloneTag = Model.of();
    private final Model<String> cloneSerial = Model.of();

    public DeviceEditPage(PageParameters parameters) {
        super(parameters);
        this.deviceId = requiredId(parameters);
        fill();
        field("assetTag", new TextField<>("assetTag", assetTag));
        field("serial", new TextField<>("serial", serial));
        field("name", new TextField<>("name", name));
        field("tenantId", new TenantChoice("tenant", tenant, services));
        field("notes", new TextArea<>("notes", notes));
        labels = inForm(new LabelsField("labels", ObjectType.DEVICE, deviceId, fieldErrors()));
        belowForm().add(cloneForm());
    }

    @Override
    protected boolean isNew() {
        return false;
    }

    @Override
    protected int edit(int versionRead) {
        return services.deviceFacade().update(DcimSession.get().caller(), deviceId, versionRead, new DeviceUpdate(
                Change.to(assetTag.getObject()), Change.to(serial.getObject()), Change.to(name.getObject()),
                Change.to(tenant.getObject()), Change.to(notes.getObject()), null, null, null, labels.labels())).getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        services.deviceFacade().delete(DcimSession.get().caller(), deviceId, versionRead);
        return Destination.to(DeviceListPage.class);
    }

    private Form<Void> cloneForm() {
        Form<Void> clone = new Form<>("clone");
        FieldErrors fields = new FieldErrors(clone);
        clone.add(new FeedbackPanel("cloneFeedback", message -> message.getReporter() == clone));
        fields.add(clone, "assetTag", new TextField<>("cloneTag", cloneTag));
        fields.add(clone, "serial", new TextField<>("cloneSerial", cloneSerial));
        clone.add(new Button("cloneButton") {
            @Override
            public void onSubmit() {
                try {
                    Device created = services.deviceFacade().cloneDevice(DcimSession.get().caller(), deviceId,
                            cloneTag.getObject(), cloneSerial.getObject());
                    getSession().success(getString("cloned"));
                    setResponsePage(DeviceEditPage.class, new PageParameters().set("id", created.getId()));
                } catch (DomainException e) {
                    fields.report(e);
                }
            }
        });
        return clone;
    }

    private void fill() {
        found(() -> services.deviceFacade().view(DcimSession.get().caller(), deviceId, device -> {
            versionRead(device.getVersion());
            assetTag.setObject(device.getAssetTag());
            serial.setObject(device.getSerial());
            name.setObject(device.getName());
            tenant.setObject(device.getTenant() == null ? null : device.getTenant().getId());
            notes.setObject(device.getNotes());
            return device.getId();
        }));
    }

    @Override
    protected String title() {
        return getString("title", Model.ofMap(java.util.Map.of("device", String.valueOf(assetTag.getObject()))));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(String.valueOf(assetTag.getObject()), DevicePage.class,
                new PageParameters().set("id", deviceId)), Crumb.here(getString("crumb.edit")));
    }
}
