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
import io.dcim.forecasting.economics.TenantContract;
import io.dcim.forecasting.economics.ContractInput;
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

/** A tenant contract added or edited ({@code ?id=} to edit): the discount on the list prices and the days it holds. */
@AuthorizeInstantiation("pricing.manage")
public class ContractEditPage extends EditPage {

    @Inject
    private Services services;

    private final Long id;
    private final Model<Long> tenant = Model.of();
    private final Model<BigDecimal> discount = Model.of(BigDecimal.ZERO);
    private final Model<LocalDate> from = Model.of();
    private final Model<LocalDate> to = Model.of();
    private final Model<String> note = Model.of();

    public ContractEditPage(PageParameters parameters) {
        super(parameters);
        this.id = UrlParams.longParam(parameters, "id");
        if (id != null) {
            TenantContract read = found(() -> services.economics().pricingFacade().contracts(DcimSession.get().caller()).stream()
                    .filter(p -> p.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException(Message.noun(TenantContract.class, "tenant contract"), id)));
            versionRead(read.getVersion());
            tenant.setObject(read.getTenantId());
            discount.setObject(read.getDiscountPercent());
            from.setObject(read.getValidFrom());
            to.setObject(read.getValidTo());
            note.setObject(read.getNote());
        }
        field("tenantId", FilterForm.idChoice("tenantId", tenant, org.apache.wicket.model.LoadableDetachableModel.of(() -> services.tenants().tenants()), t -> t.getId(),
                t -> t.getName()).setNullValid(false));
        field("discountPercent", new DecimalField("discountPercent", discount));
        field("validFrom", new IsoDateField("validFrom", from));
        field("validTo", new IsoDateField("validTo", to));
        field("note", new TextField<>("note", note));
    }

    private ContractInput input() {
        return new ContractInput(tenant.getObject() == null ? 0 : tenant.getObject(), discount.getObject(), from.getObject(), to.getObject(),
                note.getObject());
    }

    @Override
    protected boolean isNew() {
        return id == null;
    }

    @Override
    protected Destination create() {
        services.economics().pricingFacade().createContract(DcimSession.get().caller(), input());
        return Destination.to(PricesPage.class);
    }

    @Override
    protected int edit(int versionRead) {
        return services.economics().pricingFacade().editContract(DcimSession.get().caller(), id, versionRead, input()).getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        services.economics().pricingFacade().deleteContract(DcimSession.get().caller(), id, versionRead);
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
