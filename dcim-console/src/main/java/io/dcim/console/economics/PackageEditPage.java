package io.dcim.console.economics;

import io.dcim.common.error.Message;
import io.dcim.console.layout.DecimalField;
import io.dcim.forecasting.economics.PackageInput;
import io.dcim.forecasting.economics.PrepaidPackage;
import io.dcim.forecasting.economics.PricingFacade;
import io.dcim.forecasting.history.GpuClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** A prepaid package added or edited ({@code ?id=} to edit): card-hours of a class a tenant paid for, the price and the days to use them. */
@AuthorizeInstantiation("pricing.manage")
public class PackageEditPage extends PriceBookEditPage<PrepaidPackage, PackageInput> {

    private static final Calls<PrepaidPackage, PackageInput> CALLS = new Calls<>(
            Message.noun(PrepaidPackage.class, "prepaid package"), PricingFacade::packages,
            PricingFacade::createPackage, PricingFacade::editPackage, PricingFacade::deletePackage);

    private final Model<Long> tenant = Model.of();
    private final Model<GpuClass> gpuClass = Model.of(GpuClass.H100_CLASS);
    private final Model<Long> hours = Model.of();
    private final Model<BigDecimal> price = Model.of();

    public PackageEditPage(PageParameters parameters) {
        super(parameters, CALLS);
        read().ifPresent(read -> {
            tenant.setObject(read.getTenantId());
            gpuClass.setObject(read.getGpuClass());
            hours.setObject(read.getCardHours());
            price.setObject(read.getPrice());
        });
        tenantField(tenant);
        gpuClassField(gpuClass);
        field("cardHours", new NumberTextField<>("cardHours", hours, Long.class));
        field("price", new DecimalField("price", price));
    }

    @Override
    protected PackageInput input(LocalDate validFrom, LocalDate validTo) {
        return new PackageInput(tenant.getObject() == null ? 0 : tenant.getObject(), gpuClass.getObject(),
                hours.getObject() == null ? 0 : hours.getObject(), price.getObject(), validFrom, validTo);
    }
}
