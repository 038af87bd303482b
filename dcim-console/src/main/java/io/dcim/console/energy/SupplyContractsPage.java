package io.dcim.console.energy;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Found;
import io.dcim.console.layout.SiteChoice;
import io.dcim.console.layout.SiteLinks;
import io.dcim.console.layout.Times;
import io.dcim.power.energy.ContractTerms;
import io.dcim.power.energy.ContractView;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A site's energy supply contracts ({@code /energy-contracts?site=}): supplier, period and the renewable kWh or
 * share each brings, from which the energy report's renewable share comes. Those with {@code energy.edit} add and
 * edit them from here.
 */
@AuthorizeInstantiation("energy.report")
public class SupplyContractsPage extends BasePage {

    @Inject
    private Services services;

    private final Long siteId;

    public SupplyContractsPage(PageParameters parameters) {
        super(parameters);
        IModel<List<SiteChoice>> sites = LoadableDetachableModel.of(() -> services.sites().sites().stream()
                .map(SiteChoice::of).toList());
        this.siteId = SiteChoice.askedOrFirst(longParam(parameters, "site"), sites.getObject());
        boolean running = services.powerIfRunning().isPresent() && siteId != null;
        add(new FeedbackPanel("feedback"));
        add(new Label("notRunning", getString("notRunning")).setVisible(services.powerIfRunning().isEmpty()));
        add(new SiteLinks("sites", sites, siteId, SupplyContractsPage.class, new PageParameters()));
        boolean edits = DcimSession.get().may(Permission.ENERGY_EDIT);
        add(new BookmarkablePageLink<>("add", SupplyContractEditPage.class,
                new PageParameters().set("site", siteId == null ? "" : siteId)).setVisible(running && edits));
        add(new BookmarkablePageLink<>("report", EnergyReportPage.class,
                new PageParameters().set("site", siteId == null ? "" : siteId)).setVisible(siteId != null));
        IModel<List<ContractView>> contracts = LoadableDetachableModel.of(() -> !running ? List.of() : list());
        contracts.getObject();
        add(new Label("none", getString("none")).setVisible(running && contracts.getObject().isEmpty()));
        add(new ListView<>("contracts", contracts) {
            @Override
            protected void populateItem(ListItem<ContractView> item) {
                ContractView c = item.getModelObject();
                ContractTerms t = c.terms();
                BookmarkablePageLink<Void> edit = new BookmarkablePageLink<>("edit", SupplyContractEditPage.class,
                        new PageParameters().set("id", c.id()));
                edit.add(new Label("supplier", t.supplier()));
                edit.setEnabled(edits);
                item.add(edit);
                item.add(new Label("from", Times.date(t.validFrom())));
                item.add(new Label("to", Times.date(t.validTo())));
                item.add(new Label("kwh", t.renewableKwh() == null ? "—" : number(BigDecimal.valueOf(
                        t.renewableKwh()), "#,##0")));
                item.add(new Label("share", t.renewableSharePct() == null ? "—"
                        : number(t.renewableSharePct(), "0.##") + " %"));
            }
        });
    }

    private List<ContractView> list() {
        return Found.or404(() -> services.power().energyFacade().contracts(DcimSession.get().caller(), siteId));
    }

    private String number(BigDecimal value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(getLocale())).format(value);
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
