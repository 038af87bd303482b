package io.dcim.console.layout;

import io.dcim.console.auth.DcimSession;
import io.dcim.console.cabinet.CabinetListPage;
import io.dcim.console.cabling.CableListPage;
import io.dcim.console.cabling.CablingCheckPage;
import io.dcim.console.cabling.FabricPlanPage;
import io.dcim.console.capacity.CapacityPage;
import io.dcim.console.capacity.PipelinePage;
import io.dcim.console.capacity.ScenariosPage;
import io.dcim.console.capacity.TrainingCalculatorPage;
import io.dcim.console.catalog.CatalogPage;
import io.dcim.console.device.DeviceListPage;
import io.dcim.console.gpu.GpuListPage;
import io.dcim.console.gpu.GpuRegisterPage;
import io.dcim.console.history.HistoryPage;
import io.dcim.console.home.HomePage;
import io.dcim.console.power.AlarmsPage;
import io.dcim.console.power.FailoverPage;
import io.dcim.console.power.SitePowerPage;
import io.dcim.console.power.SnmpProfilesPage;
import io.dcim.console.power.SnmpTargetsPage;
import io.dcim.console.power.ThresholdsPage;
import io.dcim.console.purchase.AssetClassesPage;
import io.dcim.console.purchase.AssetListPage;
import io.dcim.console.purchase.ExpiringPage;
import io.dcim.console.purchase.ExportPage;
import io.dcim.console.purchase.NewPurchaseRequestPage;
import io.dcim.console.purchase.OrderListPage;
import io.dcim.console.purchase.PurchaseListPage;
import io.dcim.console.purchase.SupplierListPage;
import io.dcim.console.site.SiteEditPage;
import io.dcim.console.tenant.TenantListPage;
import io.dcim.console.transfer.ImportPage;
import java.io.Serializable;
import java.util.List;
import org.apache.wicket.Page;

/**
 * The console's menus: every page one can open without first choosing an object, grouped by the
 * work it serves. Entries are named by keys of {@code BasePage.properties}; an entry shows only to
 * users whose permissions open its page ({@link DcimSession#mayOpen}), a menu only when one of its
 * entries shows. A new page that stands on its own is added here, and the navigation tests walk it.
 * The signed-in user's own pages (users, API tokens, password) sit beside their name instead.
 */
public final class Navigation {

    /** One entry: the bundle key of its label and the page it opens. */
    public record Entry(String key, Class<? extends Page> page) implements Serializable {
    }

    /** One menu of the header: the bundle key of its title and its entries in order. */
    public record Menu(String key, List<Entry> entries) implements Serializable {

        /** The entries the signed-in user may open. */
        public List<Entry> allowed() {
            return entries.stream().filter(entry -> DcimSession.get().mayOpen(entry.page())).toList();
        }
    }

    /** The header's menus, left to right. */
    public static final List<Menu> MENUS = List.of(
            new Menu("nav.inventory", List.of(
                    new Entry("nav.sites", HomePage.class),
                    new Entry("nav.cabinets", CabinetListPage.class),
                    new Entry("nav.devices", DeviceListPage.class),
                    new Entry("nav.gpus", GpuListPage.class),
                    new Entry("nav.cables", CableListPage.class),
                    new Entry("nav.fabricPlan", FabricPlanPage.class),
                    new Entry("nav.cablingCheck", CablingCheckPage.class),
                    new Entry("nav.tenants", TenantListPage.class),
                    new Entry("nav.catalog", CatalogPage.class),
                    new Entry("nav.newSite", SiteEditPage.class),
                    new Entry("nav.newGpu", GpuRegisterPage.class),
                    new Entry("nav.import", ImportPage.class),
                    new Entry("nav.history", HistoryPage.class))),
            new Menu("nav.power", List.of(
                    new Entry("nav.sitePower", SitePowerPage.class),
                    new Entry("nav.failover", FailoverPage.class),
                    new Entry("nav.powerChain", io.dcim.console.chain.PowerChainPage.class),
                    new Entry("nav.energy", io.dcim.console.energy.EnergyReportPage.class),
                    new Entry("nav.supplyContracts", io.dcim.console.energy.SupplyContractsPage.class),
                    new Entry("nav.alarms", AlarmsPage.class),
                    new Entry("nav.thresholds", ThresholdsPage.class),
                    new Entry("nav.snmpTargets", SnmpTargetsPage.class),
                    new Entry("nav.snmpProfiles", SnmpProfilesPage.class),
                    new Entry("nav.redfishTargets", io.dcim.console.chain.RedfishTargetsPage.class),
                    new Entry("nav.collectors", io.dcim.console.power.CollectorsPage.class))),
            new Menu("nav.procurement", List.of(
                    new Entry("nav.purchases", PurchaseListPage.class),
                    new Entry("nav.orders", OrderListPage.class),
                    new Entry("nav.newPurchase", NewPurchaseRequestPage.class),
                    new Entry("nav.suppliers", SupplierListPage.class),
                    new Entry("nav.assets", AssetListPage.class),
                    new Entry("nav.assetClasses", AssetClassesPage.class),
                    new Entry("nav.expiring", ExpiringPage.class),
                    new Entry("nav.exports", ExportPage.class))),
            new Menu("nav.capacity", List.of(
                    new Entry("nav.capacityOutlook", CapacityPage.class),
                    new Entry("nav.demand", PipelinePage.class),
                    new Entry("nav.scenarios", ScenariosPage.class),
                    new Entry("nav.training", TrainingCalculatorPage.class))),
            // Usage and what it earns share one menu: the header must stay on one line at 1,400 pixels (HeaderBrowserIT).
            new Menu("nav.economics", List.of(
                    new Entry("nav.utilization", io.dcim.console.usage.UtilizationPage.class),
                    new Entry("nav.usageImport", io.dcim.console.usage.UsageImportPage.class),
                    new Entry("nav.usageSettings", io.dcim.console.usage.UsageSettingsPage.class),
                    new Entry("nav.unitEconomics", io.dcim.console.economics.EconomicsPage.class),
                    new Entry("nav.statements", io.dcim.console.economics.StatementPage.class),
                    new Entry("nav.prices", io.dcim.console.economics.PricesPage.class))),
            new Menu("nav.admin", List.of(
                    new Entry("nav.tags", io.dcim.console.label.TagsPage.class),
                    new Entry("nav.customFields", io.dcim.console.label.CustomFieldsPage.class),
                    new Entry("nav.webhooks", io.dcim.console.webhook.WebhooksPage.class),
                    new Entry("nav.webhookDeliveries", io.dcim.console.webhook.WebhookDeliveriesPage.class))));

    private Navigation() {
    }

    /** Every entry of every menu, whoever may open it: what the tests walk. */
    public static List<Entry> entries() {
        return MENUS.stream().flatMap(menu -> menu.entries().stream()).toList();
    }
}
