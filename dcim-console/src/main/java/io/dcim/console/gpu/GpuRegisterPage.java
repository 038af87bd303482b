package io.dcim.console.gpu;

import static io.dcim.console.layout.FilterForm.idChoice;
import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.device.DevicePage;
import io.dcim.console.label.LabelsField;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.console.layout.Labels;
import io.dcim.console.layout.Texts;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.inventory.gpu.NewGpu;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.inventory.tenant.Tenant;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Registers one card ({@code /gpu-new}, {@code ?server=} to fit it into a server): its serial, model, status,
 * tenant, the server (by asset tag) and slot it sits in (none: on the shelf; no slot: the first free one), and its
 * tags and custom field values, saved with it in one transaction. Cards arriving by the dozen come through
 * receiving or the device import; this is for the one sent back from repair or bought as a spare.
 */
@AuthorizeInstantiation("device.edit")
public class GpuRegisterPage extends FormEditPage {

    @Inject
    private Services services;

    private final Model<String> serial = Model.of();
    private final Model<Long> model = Model.of((Long) null);
    private final Model<GpuStatus> status = Model.of(GpuStatus.SPARE);
    private final Model<Long> tenant = Model.of((Long) null);
    private final Model<String> server = Model.of();
    private final Model<Integer> slot = Model.of((Integer) null);
    private final LabelsField labels;

    public GpuRegisterPage(PageParameters parameters) {
        super(parameters);
        Long serverId = longParam(parameters, "server");
        if (serverId != null) {
            server.setObject(found(() -> services.deviceQueries().find(serverId)).assetTag());
            status.setObject(GpuStatus.IN_SERVICE);
        }
        field("serial", new TextField<>("serial", serial));
        IModel<List<GpuModel>> models = LoadableDetachableModel.of(() -> services.catalog().gpuModels());
        field("gpuModelId", idChoice("model", model, models, entity -> entity.getId(), GpuModel::getName)).setNullValid(false);
        field("status", new DropDownChoice<>("status", status, Arrays.asList(GpuStatus.values()),
                new LambdaChoiceRenderer<>(s -> Labels.of(s), s -> s.name())));
        IModel<List<Tenant>> tenants = LoadableDetachableModel.of(() -> services.tenants().tenants());
        field("tenantId", idChoice("tenant", tenant, tenants, entity -> entity.getId(), Tenant::getName));
        field("serverId", new TextField<>("server", server));
        field("slotIndex", new NumberTextField<>("slot", slot, Integer.class).setMinimum(0));
        labels = inForm(new LabelsField("labels", ObjectType.GPU, null, fieldErrors()));
    }

    @Override
    protected boolean isNew() {
        return true;
    }

    @Override
    protected Destination create() {
        Long serverId = serverId();
        if (model.getObject() == null) {
            throw new InvalidValueException("gpuModelId", getString("model.required"));
        }
        services.gpuFacade().register(DcimSession.get().caller(), new NewGpu(serial.getObject(), model.getObject(),
                serverId, slot.getObject(), status.getObject(), tenant.getObject()), labels.labels());
        return serverId == null ? Destination.to(GpuListPage.class) : Destination.to(DevicePage.class, serverId);
    }

    /** The server named by its asset tag, exactly (any case); none for a card on the shelf. */
    private Long serverId() {
        String tag = server.getObject();
        if (tag == null || tag.isBlank()) {
            return null;
        }
        DeviceFilter byText = new DeviceFilter(null, null, null, null, null, null, tag.trim());
        return services.deviceQueries().page(byText, PageRequest.first(20, "assetTag")).items().stream()
                .filter(d -> d.assetTag().equalsIgnoreCase(tag.trim())).map(DeviceSummary::id).findFirst()
                .orElseThrow(() -> new InvalidValueException("serverId", Texts.of(this, "server.unknown", "server", tag.trim())));
    }

    @Override
    protected int edit(int versionRead) {
        throw new UnsupportedOperationException("a card is edited from its server and the GPU list");
    }

    @Override
    protected Destination delete(int versionRead) {
        throw new UnsupportedOperationException("a card is not deleted from here");
    }

    @Override
    protected String title() {
        return getString("title");
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.gpus"), GpuListPage.class, new PageParameters()), Crumb.here(getString("title")));
    }
}
