package io.dcim.console.energy;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.DecimalField;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.console.layout.IsoDateField;
import io.dcim.power.energy.ContractTerms;
import io.dcim.power.energy.ContractView;
import io.dcim.power.energy.EnergyFacade;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A supply contract added ({@code /energy-contract?site=}) or edited ({@code ?id=}): supplier, first and last day,
 * and either the renewable kWh over the period or the renewable share. An edit names the version it was read at.
 */
@AuthorizeInstantiation("energy.edit")
public class SupplyContractEditPage extends FormEditPage {

    @Inject
    private Services services;

    private final Long contractId;
    private final long siteId;
    private final Model<String> supplier = Model.of();
    private final Model<LocalDate> validFrom = Model.of();
    private final Model<LocalDate> validTo = Model.of();
    private final Model<Long> renewableKwh = Model.of();
    private final Model<BigDecimal> renewableSharePct = Model.of();

    public SupplyContractEditPage(PageParameters parameters) {
        super(parameters);
        this.contractId = longParam(parameters, "id");
        if (services.powerIfRunning().isEmpty()) {
            throw new AbortWithHttpErrorCodeException(503, "power monitoring is not running in this instance");
        }
        if (contractId != null) {
            ContractView read = found(() -> energy().contract(DcimSession.get().caller(), contractId));
            versionRead(read.version());
            siteId = read.siteId();
            ContractTerms t = read.terms();
            supplier.setObject(t.supplier());
            validFrom.setObject(t.validFrom());
            validTo.setObject(t.validTo());
            renewableKwh.setObject(t.renewableKwh());
            renewableSharePct.setObject(t.renewableSharePct());
        } else {
            Long site = longParam(parameters, "site");
            siteId = site != null ? site : services.sites().sites().stream().findFirst()
                    .orElseThrow(() -> new AbortWithHttpErrorCodeException(404, "no site")).getId();
        }
        field("supplier", new TextField<>("supplier", supplier));
        field("validFrom", new IsoDateField("validFrom", validFrom));
        field("validTo", new IsoDateField("validTo", validTo));
        field("renewableKwh", new NumberTextField<>("renewableKwh", renewableKwh, Long.class).setMinimum(0L));
        field("renewableSharePct", new DecimalField("renewableSharePct", renewableSharePct));
    }

    private EnergyFacade energy() {
        return services.power().energyFacade();
    }

    private ContractTerms terms() {
        return new ContractTerms(supplier.getObject(), validFrom.getObject(), validTo.getObject(),
                renewableKwh.getObject(), renewableSharePct.getObject());
    }

    private Destination list() {
        return new Destination(SupplyContractsPage.class, new PageParameters().set("site", siteId));
    }

    @Override
    protected boolean isNew() {
        return contractId == null;
    }

    @Override
    protected Destination create() {
        energy().addContract(DcimSession.get().caller(), siteId, terms());
        return list();
    }

    @Override
    protected int edit(int versionRead) {
        return energy().editContract(DcimSession.get().caller(), contractId, versionRead, terms()).version();
    }

    @Override
    protected Destination delete(int versionRead) {
        energy().removeContract(DcimSession.get().caller(), contractId, versionRead);
        return list();
    }

    @Override
    protected String title() {
        return contractId == null ? getString("title.new") : getString("title.edit",
                Model.ofMap(java.util.Map.of("supplier", String.valueOf(supplier.getObject()))));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.contracts"), SupplyContractsPage.class,
                new PageParameters().set("site", siteId)), Crumb.here(title()));
    }
}
