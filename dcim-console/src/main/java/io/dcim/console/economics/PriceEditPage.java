package io.dcim.console.economics;

import io.dcim.app.Services;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.DecimalField;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.EditPage;
import io.dcim.console.layout.IsoDateField;
import io.dcim.console.layout.UrlParams;
import io.dcim.forecasting.economics.GpuClassPrice;
import io.dcim.forecasting.economics.PriceInput;
import io.dcim.forecasting.history.GpuClass;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** A GPU class's list price added or edited ({@code ?id=} to edit): CNY per card-hour and per core-hour, and its days. */
@AuthorizeInstantiation("pricing.manage")
public class PriceEditPage extends EditPage {

    @Inject
    private Services services;

    private final Long id;
    private final Model<GpuClass> gpuClass = Model.of(GpuClass.H100_CLASS);
    private final Model<BigDecimal> card = Model.of();
    private final Model<BigDecimal> core = Model.of(BigDecimal.ZERO);
    private final Model<LocalDate> from = Model.of();
    private final Model<LocalDate> to = Model.of();

    public PriceEditPage(PageParameters parameters) {
        super(parameters);
        this.id = UrlParams.longParam(parameters, "id");
        if (id != null) {
            GpuClassPrice read = found(() -> services.economics().pricingFacade().prices(DcimSession.get().caller()).stream()
                    .filter(p -> p.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException(Message.noun(GpuClassPrice.class, "price"), id)));
            versionRead(read.getVersion());
            gpuClass.setObject(read.getGpuClass());
            card.setObject(read.getCardHourPrice());
            core.setObject(read.getCoreHourPrice());
            from.setObject(read.getValidFrom());
            to.setObject(read.getValidTo());
        }
        field("gpuClass", new DropDownChoice<>("gpuClass", gpuClass, Arrays.asList(GpuClass.values()),
                new LambdaChoiceRenderer<>(c -> io.dcim.console.power.EnumWords.word("forecasting", c, getLocale()), choice -> choice.name())));
        field("cardHourPrice", new DecimalField("cardHourPrice", card));
        field("coreHourPrice", new DecimalField("coreHourPrice", core));
        field("validFrom", new IsoDateField("validFrom", from));
        field("validTo", new IsoDateField("validTo", to));
    }

    private PriceInput input() {
        return new PriceInput(gpuClass.getObject(), card.getObject(), core.getObject(), from.getObject(), to.getObject());
    }

    @Override
    protected boolean isNew() {
        return id == null;
    }

    @Override
    protected Destination create() {
        services.economics().pricingFacade().createPrice(DcimSession.get().caller(), input());
        return Destination.to(PricesPage.class);
    }

    @Override
    protected int edit(int versionRead) {
        return services.economics().pricingFacade().editPrice(DcimSession.get().caller(), id, versionRead, input()).getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        services.economics().pricingFacade().deletePrice(DcimSession.get().caller(), id, versionRead);
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
