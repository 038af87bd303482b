package io.dcim.console.economics;

import io.dcim.common.error.Message;
import io.dcim.console.layout.DecimalField;
import io.dcim.forecasting.economics.ElectricityTariff;
import io.dcim.forecasting.economics.PricingFacade;
import io.dcim.forecasting.economics.TariffInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** A site's electricity tariff added or edited ({@code ?id=} to edit): CNY per kWh and the days it holds. */
@AuthorizeInstantiation("pricing.manage")
public class TariffEditPage extends PriceBookEditPage<ElectricityTariff, TariffInput> {

    private static final Calls<ElectricityTariff, TariffInput> CALLS = new Calls<>(
            Message.noun(ElectricityTariff.class, "electricity tariff"), PricingFacade::tariffs,
            PricingFacade::createTariff, PricingFacade::editTariff, PricingFacade::deleteTariff);

    private final Model<Long> site = Model.of();
    private final Model<BigDecimal> kwh = Model.of();

    public TariffEditPage(PageParameters parameters) {
        super(parameters, CALLS);
        read().ifPresent(read -> {
            site.setObject(read.getSiteId());
            kwh.setObject(read.getCnyPerKwh());
        });
        siteField(site);
        field("cnyPerKwh", new DecimalField("cnyPerKwh", kwh));
    }

    @Override
    protected TariffInput input(LocalDate validFrom, LocalDate validTo) {
        return new TariffInput(site.getObject() == null ? 0 : site.getObject(), kwh.getObject(), validFrom, validTo);
    }
}
