package io.dcim.console.catalog;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.edit.Versioned;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.NotFoundException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.site.EditFeedback;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.catalog.DeviceModelDetails;
import io.dcim.inventory.catalog.GpuModel;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A device model added or edited ({@code /device-model-edit}, {@code ?id=} to edit): maker, model, kind,
 * height, depth, rated and typical watts, GPU slots and the card a new server is fitted with. The domain
 * keeps the shape and power of a model devices use; the refusal is shown beside the field.
 */
@AuthorizeInstantiation("catalog.manage")
public class DeviceModelEditPage extends BasePage {

    @Inject
    private Services services;

    private final Long modelId;
    private int version;
    private final Model<String> manufacturer = Model.of();
    private final Model<String> model = Model.of();
    private final Model<DeviceKind> kind = Model.of(DeviceKind.GPU_SERVER);
    private final Model<Integer> heightU = Model.of(1);
    private final Model<Boolean> fullDepth = Model.of(true);
    private final Model<Integer> ratedPowerW = Model.of(0);
    private final Model<Integer> typicalPowerW = Model.of(0);
    private final Model<Integer> gpuSlots = Model.of(0);
    private final Model<Long> defaultGpu = Model.of();

    public DeviceModelEditPage(PageParameters parameters) {
        super(parameters);
        this.modelId = longParam(parameters, "id");
        if (modelId != null) {
            fill();
        }
        Form<Void> form = new Form<>("form");
        add(form);
        FieldErrors fields = new FieldErrors(form);
        form.add(EditFeedback.panel("formFeedback", this, form));
        fields.add(form, "manufacturer", new TextField<>("manufacturer", manufacturer));
        fields.add(form, "model", new TextField<>("model", model));
        fields.add(form, "kind", new DropDownChoice<>("kind", kind, Arrays.asList(DeviceKind.values()),
                new LambdaChoiceRenderer<>(k -> getString("kind." + k.name()), DeviceKind::name)));
        fields.add(form, "heightU", new NumberTextField<>("heightU", heightU, Integer.class).setRequired(true));
        fields.add(form, "fullDepth", new CheckBox("fullDepth", fullDepth));
        fields.add(form, "ratedPowerW", new NumberTextField<>("ratedPowerW", ratedPowerW, Integer.class).setRequired(true));
        fields.add(form, "typicalPowerW", new NumberTextField<>("typicalPowerW", typicalPowerW, Integer.class)
                .setRequired(true));
        fields.add(form, "gpuSlots", new NumberTextField<>("gpuSlots", gpuSlots, Integer.class).setRequired(true));
        LoadableDetachableModel<List<Long>> gpuIds = LoadableDetachableModel.of(() -> services.catalog().gpuModels().stream()
                .map(GpuModel::getId).toList());
        fields.add(form, "defaultGpuModelId", new DropDownChoice<>("defaultGpu", defaultGpu, gpuIds,
                new LambdaChoiceRenderer<>(id -> services.catalog().gpuModels().stream().filter(g -> g.getId().equals(id))
                        .map(GpuModel::getName).findFirst().orElse(String.valueOf(id)), String::valueOf)).setNullValid(true));
        form.add(new Button("save") {
            @Override
            public void onSubmit() {
                save(fields);
            }
        });
        form.add(new Button("delete") {
            @Override
            public void onSubmit() {
                try {
                    services.catalogFacade().deleteDeviceModel(DcimSession.get().caller(), modelId, version);
                    getSession().success(getString("deleted"));
                    setResponsePage(CatalogPage.class);
                } catch (DomainException e) {
                    fields.report(e);
                }
            }
        }.setDefaultFormProcessing(false).setVisible(modelId != null));
    }

    private void fill() {
        Versioned<DeviceModelDetails> read;
        try {
            read = services.catalogFacade().deviceModel(DcimSession.get().caller(), modelId);
        } catch (NotFoundException e) {
            throw new AbortWithHttpErrorCodeException(404, e.getMessage());
        }
        version = read.version();
        DeviceModelDetails d = read.value();
        manufacturer.setObject(d.manufacturer());
        model.setObject(d.model());
        kind.setObject(d.kind());
        heightU.setObject(d.heightU());
        fullDepth.setObject(d.fullDepth());
        ratedPowerW.setObject(d.ratedPowerW());
        typicalPowerW.setObject(d.typicalPowerW());
        gpuSlots.setObject(d.gpuSlots());
        defaultGpu.setObject(d.defaultGpuModelId());
    }

    private void save(FieldErrors fields) {
        DeviceModelDetails details = new DeviceModelDetails(manufacturer.getObject(), model.getObject(), kind.getObject(),
                heightU.getObject(), Boolean.TRUE.equals(fullDepth.getObject()), ratedPowerW.getObject(),
                typicalPowerW.getObject(), gpuSlots.getObject(), defaultGpu.getObject());
        try {
            if (modelId == null) {
                DeviceModel created = services.catalogFacade().createDeviceModel(DcimSession.get().caller(), details);
                getSession().success(getString("saved"));
                setResponsePage(DeviceModelEditPage.class, new PageParameters().set("id", created.getId()));
            } else {
                version = services.catalogFacade().editDeviceModel(DcimSession.get().caller(), modelId, version, details)
                        .getVersion();
                success(getString("saved"));
            }
        } catch (DomainException e) {
            fields.report(e);
        }
    }

    @Override
    protected String title() {
        return modelId == null ? getString("title.new")
                : getString("title.edit", Model.ofMap(java.util.Map.of("model", manufacturer.getObject() + " "
                        + model.getObject())));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.catalog"), CatalogPage.class, new PageParameters()),
                Crumb.here(title()));
    }
}
