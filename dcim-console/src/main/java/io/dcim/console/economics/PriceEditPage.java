package io.dcim.console.economics;

import io.dcim.common.error.Message;
import io.dcim.console.layout.DecimalField;
import io.dcim.forecasting.economics.GpuClassPrice;
import io.dcim.forecasting.economics.PriceInput;
import io.dcim.forecasting.economics.PricingFacade;
import io.dcim.forecasting.history.GpuClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** A GPU class's list price added or edited ({@code ?id=} to edit): CNY per card-hour and per core-hour, and its days. */
@AuthorizeInstantiation("pricing.manage")
public class PriceEditPage extends PriceBookEditPage<GpuClassPrice, PriceInput> {

    private static final Calls<GpuClassPrice, PriceInput> CALLS = new Calls<>(Message.noun(GpuClassPrice.class, "price"),
            PricingFacade::prices, PricingFacade::createPrice, PricingFacade::editPrice, PricingFacade::deletePrice);

    private final Model<GpuClass> gpuClass = Model.of(GpuClass.H100_CLASS);
    private final Model<BigDecimal> card = Model.of();
    private final Model<BigDecimal> core = Model.of(BigDecimal.ZERO);

    public PriceEditPage(PageParameters parameters) {
        super(parameters, CALLS);
        read().ifPresent(read -> {
            gpuClass.setObject(read.getGpuClass());
            card.setObject(read.getCardHourPrice());
            core.setObject(read.getCoreHourPrice());
        });
        gpuClassField(gpuClass);
        field("cardHourPrice", new DecimalField("cardHourPrice", card));
        field("coreHourPrice", new DecimalField("coreHourPrice", core));
    }

    @Override
    protected PriceInput input(LocalDate validFrom, LocalDate validTo) {
        return new PriceInput(gpuClass.getObject(), card.getObject(), core.getObject(), validFrom, validTo);
    }
}
