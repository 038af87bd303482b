package io.dcim.console.catalog;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.edit.Versioned;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.console.layout.DecimalField;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.inventory.catalog.GpuModelDetails;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A GPU model added or edited ({@code /gpu-model-edit}, {@code ?id=} to edit): name, vendor, memory, TDP,
 * all-in server watts per card and dense BF16 peak, which power checks and forecasts read.
 */
@AuthorizeInstantiation("catalog.manage")
public class GpuModelEditPage extends FormEditPage {

    @Inject
    private Services services;

    private final Long gpuId;
    private final Model<String> name = Model.of();
    private final Model<String> vendor = Model.of();
    private final Model<Integer> memoryGb = Model.of();
    private final Model<Integer> tdpW = Model.of();
    private final Model<Integer> systemW = Model.of();
    private final Model<BigDecimal> peak = Model.of();

    public GpuModelEditPage(PageParameters parameters) {
        super(parameters);
        this.gpuId = longParam(parameters, "id");
        if (gpuId != null) {
            fill();
        }
        field("name", new TextField<>("name", name));
        field("vendor", new TextField<>("vendor", vendor));
        field("memoryGb", new NumberTextField<>("memoryGb", memoryGb, Integer.class));
        field("tdpW", new NumberTextField<>("tdpW", tdpW, Integer.class).setRequired(true));
        field("systemWPerGpu", new NumberTextField<>("systemW", systemW, Integer.class));
        field("peakBf16Tflops", new DecimalField("peak", peak));
    }

    private void fill() {
        Versioned<GpuModelDetails> read = found(() -> services.catalogFacade().gpuModel(DcimSession.get().caller(), gpuId));
        versionRead(read.version());
        GpuModelDetails d = read.value();
        name.setObject(d.name());
        vendor.setObject(d.vendor());
        memoryGb.setObject(d.memoryGb());
        tdpW.setObject(d.tdpW());
        systemW.setObject(d.systemWPerGpu());
        peak.setObject(d.peakBf16Tflops());
    }

    private GpuModelDetails details() {
        return new GpuModelDetails(name.getObject(), vendor.getObject(), memoryGb.getObject(),
                tdpW.getObject(), systemW.getObject(), peak.getObject());
    }

    @Override
    protected boolean isNew() {
        return gpuId == null;
    }

    @Override
    protected Destination create() {
        GpuModel created = services.catalogFacade().createGpuModel(DcimSession.get().caller(), details());
        return Destination.to(GpuModelEditPage.class, created.getId());
    }

    @Override
    protected int edit(int versionRead) {
        return services.catalogFacade().editGpuModel(DcimSession.get().caller(), gpuId, versionRead, details())
                .getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        services.catalogFacade().deleteGpuModel(DcimSession.get().caller(), gpuId, versionRead);
        return Destination.to(CatalogPage.class);
    }

    @Override
    protected String title() {
        return gpuId == null ? getString("title.new")
                : getString("title.edit", Model.ofMap(java.util.Map.of("gpu", String.valueOf(name.getObject()))));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.catalog"), CatalogPage.class, new PageParameters()), Crumb.here(title()));
    }
}
