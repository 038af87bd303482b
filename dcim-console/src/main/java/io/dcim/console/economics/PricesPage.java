package io.dcim.console.economics;

import io.dcim.app.Services;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.EditLink;
import io.dcim.console.layout.Times;
import io.dcim.forecasting.economics.ElectricityTariff;
import io.dcim.forecasting.economics.GpuClassPrice;
import io.dcim.forecasting.economics.PrepaidPackage;
import io.dcim.forecasting.economics.TenantContract;
import io.dcim.forecasting.economics.ValidityPeriod;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * What the operator charges and pays, in one place: list prices per GPU class, tenant contracts, prepaid
 * packages and electricity tariffs, each with the days it holds. Links to add and edit show to those who may.
 */
public class PricesPage extends BasePage {

    @Inject
    private Services services;

    public PricesPage(PageParameters parameters) {
        super(parameters);
        var facade = services.economics().pricingFacade();
        add(newLink("newPrice", PriceEditPage.class));
        add(newLink("newContract", ContractEditPage.class));
        add(newLink("newPackage", PackageEditPage.class));
        add(newLink("newTariff", TariffEditPage.class));
        add(new ListView<>("prices", LoadableDetachableModel.of(() -> facade.prices(DcimSession.get().caller()))) {
            @Override
            protected void populateItem(ListItem<GpuClassPrice> item) {
                GpuClassPrice p = item.getModelObject();
                item.add(edit(PriceEditPage.class, p.getId(), io.dcim.console.power.EnumWords.word("forecasting", p.getGpuClass(), getLocale())));
                item.add(new Label("card", p.getCardHourPrice().toPlainString()));
                item.add(new Label("core", p.getCoreHourPrice().toPlainString()));
                days(item, p.getValidity());
            }
        });
        add(new ListView<>("contracts", LoadableDetachableModel.of(() -> facade.contracts(DcimSession.get().caller()))) {
            @Override
            protected void populateItem(ListItem<TenantContract> item) {
                TenantContract c = item.getModelObject();
                item.add(edit(ContractEditPage.class, c.getId(), tenants().getOrDefault(c.getTenantId(), "#" + c.getTenantId())));
                item.add(new Label("discount", c.getDiscountPercent().stripTrailingZeros().toPlainString() + " %"));
                days(item, c.getValidity());
            }
        });
        add(new ListView<>("packages", LoadableDetachableModel.of(() -> facade.packages(DcimSession.get().caller()))) {
            @Override
            protected void populateItem(ListItem<PrepaidPackage> item) {
                PrepaidPackage p = item.getModelObject();
                item.add(edit(PackageEditPage.class, p.getId(), tenants().getOrDefault(p.getTenantId(), "#" + p.getTenantId())));
                item.add(new Label("gpuClass", io.dcim.console.power.EnumWords.word("forecasting", p.getGpuClass(), getLocale())));
                item.add(new Label("hours", String.valueOf(p.getCardHours())));
                item.add(new Label("price", io.dcim.console.layout.Format.cny(p.getPrice())));
                days(item, p.getValidity());
            }
        });
        add(new ListView<>("tariffs", LoadableDetachableModel.of(() -> facade.tariffs(DcimSession.get().caller()))) {
            @Override
            protected void populateItem(ListItem<ElectricityTariff> item) {
                ElectricityTariff t = item.getModelObject();
                item.add(edit(TariffEditPage.class, t.getId(), sites().getOrDefault(t.getSiteId(), "#" + t.getSiteId())));
                item.add(new Label("kwh", t.getCnyPerKwh().toPlainString()));
                days(item, t.getValidity());
            }
        });
    }

    private Map<Long, String> tenants() {
        return services.tenants().tenants().stream().collect(Collectors.toMap(entity -> entity.getId(), Tenant::getName));
    }

    private Map<Long, String> sites() {
        List<Site> all = services.sites().sites();
        return all.stream().collect(Collectors.toMap(entity -> entity.getId(), Site::getName));
    }

    private static void days(ListItem<?> item, ValidityPeriod v) {
        item.add(new Label("from", Times.date(v.getValidFrom())));
        item.add(new Label("to", Times.date(v.getValidTo())));
    }

    private static BookmarkablePageLink<Void> newLink(String id, Class<? extends Page> page) {
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>(id, page);
        link.setVisible(DcimSession.get().mayOpen(page));
        return link;
    }

    private static org.apache.wicket.Component edit(Class<? extends Page> page, long id, String text) {
        org.apache.wicket.markup.html.WebMarkupContainer cell = new org.apache.wicket.markup.html.WebMarkupContainer("name");
        BookmarkablePageLink<Void> link = EditLink.to("link", page, id);
        link.add(new Label("text", text));
        cell.add(link);
        cell.add(new Label("plain", text).setVisible(!link.isVisible()));
        return cell;
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
