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
import io.dcim.console.site.DecimalField;
import io.dcim.console.site.EditFeedback;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.inventory.catalog.GpuModelDetails;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A GPU model added or edited ({@code /gpu-model-edit}, {@code ?id=} to edit): name, vendor, memory, TDP,
 * all-in server watts per card and dense BF16 peak, which power checks and forecasts read.
 */
@AuthorizeInstantiation("catalog.manage")
public class GpuModelEditPage extends BasePage {

    @Inject
    private Services services;

    private final Long gpuId;
    private int version;
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
        Form<Void> form = new Form<>("form");
        add(form);
        FieldErrors fields = new FieldErrors(form);
        form.add(EditFeedback.panel("formFeedback", this, form));
        fields.add(form, "name", new TextField<>("name", name));
        fields.add(form, "vendor", new TextField<>("vendor", vendor));
        fields.add(form, "memoryGb", new NumberTextField<>("memoryGb", memoryGb, Integer.class));
        fields.add(form, "tdpW", new NumberTextField<>("tdpW", tdpW, Integer.class).setRequired(true));
        fields.add(form, "systemWPerGpu", new NumberTextField<>("systemW", systemW, Integer.class));
        fields.add(form, "peakBf16Tflops", new DecimalField("peak", peak));
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
                    services.catalogFacade().deleteGpuModel(DcimSession.get().caller(), gpuId, version);
                    getSession().success(getString("deleted"));
                    setResponsePage(CatalogPage.class);
                } catch (DomainException e) {
                    fields.report(e);
                }
            }
        }.setDefaultFormProcessing(false).setVisible(gpuId != null));
    }

    private void fill() {
        Versioned<GpuModelDetails> read;
        try {
            read = services.catalogFacade().gpuModel(DcimSession.get().caller(), gpuId);
        } catch (NotFoundException e) {
            throw new AbortWithHttpErrorCodeException(404, e.getMessage());
        }
        version = read.version();
        GpuModelDetails d = read.value();
        name.setObject(d.name());
        vendor.setObject(d.vendor());
        memoryGb.setObject(d.memoryGb());
        tdpW.setObject(d.tdpW());
        systemW.setObject(d.systemWPerGpu());
        peak.setObject(d.peakBf16Tflops());
    }

    private void save(FieldErrors fields) {
        GpuModelDetails details = new GpuModelDetails(name.getObject(), vendor.getObject(), memoryGb.getObject(),
                tdpW.getObject(), systemW.getObject(), peak.getObject());
        try {
            if (gpuId == null) {
                GpuModel created = services.catalogFacade().createGpuModel(DcimSession.get().caller(), details);
                getSession().success(getString("saved"));
                setResponsePage(GpuModelEditPage.class, new PageParameters().set("id", created.getId()));
            } else {
                version = services.catalogFacade().editGpuModel(DcimSession.get().caller(), gpuId, version, details)
                        .getVersion();
                success(getString("saved"));
            }
        } catch (DomainException e) {
            fields.report(e);
        }
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
