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
import io.dcim.forecasting.economics.ElectricityTariff;
import io.dcim.forecasting.economics.TariffInput;
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

/** A site's electricity tariff added or edited ({@code ?id=} to edit): CNY per kWh and the days it holds. */
@AuthorizeInstantiation("pricing.manage")
public class TariffEditPage extends EditPage {

    @Inject
    private Services services;

    private final Long id;
    private final Model<Long> site = Model.of();
    private final Model<BigDecimal> kwh = Model.of();
    private final Model<LocalDate> from = Model.of();
    private final Model<LocalDate> to = Model.of();

    public TariffEditPage(PageParameters parameters) {
        super(parameters);
        this.id = UrlParams.longParam(parameters, "id");
        if (id != null) {
            ElectricityTariff read = found(() -> services.economics().pricingFacade().tariffs(DcimSession.get().caller()).stream()
                    .filter(p -> p.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException(Message.noun(ElectricityTariff.class, "electricity tariff"), id)));
            versionRead(read.getVersion());
            site.setObject(read.getSiteId());
            kwh.setObject(read.getCnyPerKwh());
            from.setObject(read.getValidFrom());
            to.setObject(read.getValidTo());
        }
        field("siteId", FilterForm.idChoice("siteId", site, org.apache.wicket.model.LoadableDetachableModel.of(() -> services.sites().sites()), s -> s.getId(),
                s -> s.getName()).setNullValid(false));
        field("cnyPerKwh", new DecimalField("cnyPerKwh", kwh));
        field("validFrom", new IsoDateField("validFrom", from));
        field("validTo", new IsoDateField("validTo", to));
    }

    private TariffInput input() {
        return new TariffInput(site.getObject() == null ? 0 : site.getObject(), kwh.getObject(), from.getObject(), to.getObject());
    }

    @Override
    protected boolean isNew() {
        return id == null;
    }

    @Override
    protected Destination create() {
        services.economics().pricingFacade().createTariff(DcimSession.get().caller(), input());
        return Destination.to(PricesPage.class);
    }

    @Override
    protected int edit(int versionRead) {
        return services.economics().pricingFacade().editTariff(DcimSession.get().caller(), id, versionRead, input()).getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        services.economics().pricingFacade().deleteTariff(DcimSession.get().caller(), id, versionRead);
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
