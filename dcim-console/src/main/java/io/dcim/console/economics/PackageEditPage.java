package io.dcim.console.economics;

import io.dcim.app.Services;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.DecimalField;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.EditPage;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.IsoDateField;
import io.dcim.console.layout.UrlParams;
import io.dcim.forecasting.economics.PrepaidPackage;
import io.dcim.forecasting.economics.PackageInput;
import io.dcim.forecasting.history.GpuClass;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** A prepaid package added or edited ({@code ?id=} to edit): card-hours of a class a tenant paid for, the price and the days to use them. */
@AuthorizeInstantiation("pricing.manage")
public class PackageEditPage extends EditPage {

    @Inject
    private Services services;

    private final Long id;
    private final Model<Long> tenant = Model.of();
    private final Model<GpuClass> gpuClass = Model.of(GpuClass.H100_CLASS);
    private final Model<Long> hours = Model.of();
    private final Model<BigDecimal> price = Model.of();
    private final Model<LocalDate> from = Model.of();
    private final Model<LocalDate> to = Model.of();

    public PackageEditPage(PageParameters parameters) {
        super(parameters);
        this.id = UrlParams.longParam(parameters, "id");
        if (id != null) {
            PrepaidPackage read = found(() -> services.economics().pricingFacade().packages(DcimSession.get().caller()).stream()
                    .filter(p -> p.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException(Message.noun(PrepaidPackage.class, "prepaid package"), id)));
            versionRead(read.getVersion());
            tenant.setObject(read.getTenantId());
            gpuClass.setObject(read.getGpuClass());
            hours.setObject(read.getCardHours());
            price.setObject(read.getPrice());
            from.setObject(read.getValidFrom());
            to.setObject(read.getValidTo());
        }
        field("tenantId", FilterForm.idChoice("tenantId", tenant, org.apache.wicket.model.LoadableDetachableModel.of(() -> services.tenants().tenants()), t -> t.getId(),
                t -> t.getName()).setNullValid(false));
        field("gpuClass", new DropDownChoice<>("gpuClass", gpuClass, Arrays.asList(GpuClass.values()),
                new LambdaChoiceRenderer<>(c -> io.dcim.console.power.EnumWords.word("forecasting", c, getLocale()), choice -> choice.name())));
        field("cardHours", new NumberTextField<>("cardHours", hours, Long.class));
        field("price", new DecimalField("price", price));
        field("validFrom", new IsoDateField("validFrom", from));
        field("validTo", new IsoDateField("validTo", to));
    }

    private PackageInput input() {
        return new PackageInput(tenant.getObject() == null ? 0 : tenant.getObject(), gpuClass.getObject(),
                hours.getObject() == null ? 0 : hours.getObject(), price.getObject(), from.getObject(), to.getObject());
    }

    @Override
    protected boolean isNew() {
        return id == null;
    }

    @Override
    protected Destination create() {
        services.economics().pricingFacade().createPackage(DcimSession.get().caller(), input());
        return Destination.to(PricesPage.class);
    }

    @Override
    protected int edit(int versionRead) {
        return services.economics().pricingFacade().editPackage(DcimSession.get().caller(), id, versionRead, input()).getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        services.economics().pricingFacade().deletePackage(DcimSession.get().caller(), id, versionRead);
        return Destination.to(PricesPage.class);
    }

    @Override
    protected String title() {
        return getString(id == null ? "title.new" : "title.edit");
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.prices"), PricesPage.class, new PageParameters()), Crumb.here(title()));
    }
}
