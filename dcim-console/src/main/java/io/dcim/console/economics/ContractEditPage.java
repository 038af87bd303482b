package io.dcim.console.economics;

import io.dcim.common.error.Message;
import io.dcim.console.layout.DecimalField;
import io.dcim.forecasting.economics.ContractInput;
import io.dcim.forecasting.economics.PricingFacade;
import io.dcim.forecasting.economics.TenantContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** A tenant contract added or edited ({@code ?id=} to edit): the discount on the list prices and the days it holds. */
@AuthorizeInstantiation("pricing.manage")
public class ContractEditPage extends PriceBookEditPage<TenantContract, ContractInput> {

    private static final Calls<TenantContract, ContractInput> CALLS = new Calls<>(
            Message.noun(TenantContract.class, "tenant contract"), PricingFacade::contracts,
            PricingFacade::createContract, PricingFacade::editContract, PricingFacade::deleteContract);

    private final Model<Long> tenant = Model.of();
    private final Model<BigDecimal> discount = Model.of(BigDecimal.ZERO);
    private final Model<String> note = Model.of();

    public ContractEditPage(PageParameters parameters) {
        super(parameters, CALLS);
        read().ifPresent(read -> {
            tenant.setObject(read.getTenantId());
            discount.setObject(read.getDiscountPercent());
            note.setObject(read.getNote());
        });
        tenantField(tenant);
        field("discountPercent", new DecimalField("discountPercent", discount));
        field("note", new TextField<>("note", note));
    }

    @Override
    protected ContractInput input(LocalDate validFrom, LocalDate validTo) {
        return new ContractInput(tenant.getObject() == null ? 0 : tenant.getObject(), discount.getObject(), validFrom,
                validTo, note.getObject());
    }
}
