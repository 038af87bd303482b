package io.dcim.console.catalog;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.edit.Versioned;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.console.layout.Texts;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.catalog.DeviceModelDetails;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.power.chain.ModelSupplies;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A device model added or edited ({@code /device-model-edit}, {@code ?id=} to edit): maker, model, kind,
 * height, depth, rated and typical watts, GPU slots, the card a new server is fitted with, and its power supplies
 * (how many, how many it needs: 4+4, N+1) when power monitoring runs. The domain
 * keeps the shape and power of a model devices use; the refusal is shown beside the field.
 */
@AuthorizeInstantiation("catalog.manage")
public class DeviceModelEditPage extends FormEditPage {

    @Inject
    private Services services;

    private final Long modelId;
    private final Model<String> manufacturer = Model.of();
    private final Model<String> model = Model.of();
    private final Model<DeviceKind> kind = Model.of(DeviceKind.GPU_SERVER);
    private final Model<Integer> heightU = Model.of(1);
    private final Model<Boolean> fullDepth = Model.of(true);
    private final Model<Integer> ratedPowerW = Model.of(0);
    private final Model<Integer> typicalPowerW = Model.of(0);
    private final Model<Integer> gpuSlots = Model.of(0);
    private final Model<Long> defaultGpu = Model.of();
    private final Model<Integer> supplies = Model.of(1);
    private final Model<Integer> needed = Model.of(1);
    /** The supplies as read (or the single-corded default), so that a save only records a change. */
    private ModelSupplies suppliesRead;

    public DeviceModelEditPage(PageParameters parameters) {
        super(parameters);
        this.modelId = longParam(parameters, "id");
        if (modelId != null) {
            fill();
        }
        field("manufacturer", new TextField<>("manufacturer", manufacturer));
        field("model", new TextField<>("model", model));
        field("kind", new DropDownChoice<>("kind", kind, Arrays.asList(DeviceKind.values()),
                new LambdaChoiceRenderer<>(k -> getString("kind." + k.name()), choice -> choice.name())));
        field("heightU", new NumberTextField<>("heightU", heightU, Integer.class).setRequired(true));
        field("fullDepth", new CheckBox("fullDepth", fullDepth));
        field("ratedPowerW", new NumberTextField<>("ratedPowerW", ratedPowerW, Integer.class).setRequired(true));
        field("typicalPowerW", new NumberTextField<>("typicalPowerW", typicalPowerW, Integer.class).setRequired(true));
        field("gpuSlots", new NumberTextField<>("gpuSlots", gpuSlots, Integer.class).setRequired(true));
        LoadableDetachableModel<List<Long>> gpuIds = LoadableDetachableModel.of(() -> services.catalog().gpuModels().stream()
                .map(entity -> entity.getId()).toList());
        field("defaultGpuModelId", new DropDownChoice<>("defaultGpu", defaultGpu, gpuIds,
                new LambdaChoiceRenderer<>(id -> services.catalog().gpuModels().stream().filter(g -> g.getId().equals(id))
                        .map(GpuModel::getName).findFirst().orElse(String.valueOf(id)), choice -> String.valueOf(choice))).setNullValid(true));
        addSupplies();
    }

    /**
     * The model's power supplies (the power chain's record, for failover): shown while power monitoring runs,
     * changed by those who may configure the power chain.
     */
    private void addSupplies() {
        boolean shown = services.powerIfRunning().isPresent();
        boolean editable = shown && DcimSession.get().may(Permission.POWER_CONFIGURE);
        if (shown && modelId != null) {
            suppliesRead = services.power().chainFacade().modelSupplies(DcimSession.get().caller(), modelId);
            supplies.setObject(suppliesRead.supplies());
            needed.setObject(suppliesRead.needed());
        }
        WebMarkupContainer box = inForm(new WebMarkupContainer("supplyFields"));
        box.setVisible(shown);
        box.add(new Label("redundancy", () -> suppliesRead == null ? "" : Texts.of(this, "redundancy.now",
                "redundancy", suppliesRead.redundancy())).setVisible(suppliesRead != null));
        for (var count : List.of(Map.entry("supplies", supplies), Map.entry("needed", needed))) {
            NumberTextField<Integer> input = new NumberTextField<>(count.getKey(), count.getValue(), Integer.class);
            input.setMinimum(1).setMaximum(16).setRequired(shown).setEnabled(editable);
            fieldErrors().add(box, count.getKey(), input);
        }
    }

    /** Records the supplies when they differ from what was read (a new model: from single-corded). */
    private void saveSupplies(long id) {
        if (services.powerIfRunning().isEmpty() || !DcimSession.get().may(Permission.POWER_CONFIGURE)) {
            return;
        }
        ModelSupplies before = suppliesRead != null ? suppliesRead : new ModelSupplies(id, 1, 1, false);
        if (before.supplies() != supplies.getObject() || before.needed() != needed.getObject()) {
            services.power().chainFacade().setSupplies(DcimSession.get().caller(), id, supplies.getObject(),
                    needed.getObject());
            suppliesRead = services.power().chainFacade().modelSupplies(DcimSession.get().caller(), id);
        }
    }

    private void fill() {
        Versioned<DeviceModelDetails> read = found(() -> services.catalogFacade().deviceModel(DcimSession.get().caller(),
                modelId));
        versionRead(read.version());
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

    private DeviceModelDetails details() {
        return new DeviceModelDetails(manufacturer.getObject(), model.getObject(), kind.getObject(),
                heightU.getObject(), Boolean.TRUE.equals(fullDepth.getObject()), ratedPowerW.getObject(),
                typicalPowerW.getObject(), gpuSlots.getObject(), defaultGpu.getObject());
    }

    @Override
    protected boolean isNew() {
        return modelId == null;
    }

    @Override
    protected Destination create() {
        DeviceModel created = services.catalogFacade().createDeviceModel(DcimSession.get().caller(), details());
        try {
            saveSupplies(created.getId());
        } catch (DomainException refused) {
            // The model is registered either way: its page opens saying why its supplies were not.
            getSession().error(refused.message(getLocale()));
        }
        return Destination.to(DeviceModelEditPage.class, created.getId());
    }

    @Override
    protected int edit(int versionRead) {
        int version = services.catalogFacade().editDeviceModel(DcimSession.get().caller(), modelId, versionRead, details())
                .getVersion();
        // Saved whatever the supplies' answer: the next save names this version.
        versionRead(version);
        saveSupplies(modelId);
        return version;
    }

    @Override
    protected Destination delete(int versionRead) {
        services.catalogFacade().deleteDeviceModel(DcimSession.get().caller(), modelId, versionRead);
        return Destination.to(CatalogPage.class);
    }

    @Override
    protected String title() {
        return modelId == null ? getString("title.new")
                : getString("title.edit", Model.ofMap(Map.of("model", manufacturer.getObject() + " "
                        + model.getObject())));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.catalog"), CatalogPage.class, new PageParameters()),
                Crumb.here(title()));
    }
}
