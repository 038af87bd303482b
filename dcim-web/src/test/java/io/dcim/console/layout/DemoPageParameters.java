package io.dcim.console.layout;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.device.DeviceFilter;
import java.util.HashMap;
import java.util.Map;
import org.apache.wicket.Page;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The demo objects the console pages that show one are opened with (a cabinet, a device, an order, a scenario pair, ...),
 * for the tests that open every page: a page missing here opens with no parameters. Asking for it also backfills a day
 * of capacity history and places one purchase order, which those pages show.
 */
final class DemoPageParameters {

    private DemoPageParameters() {
    }

    static Map<Class<? extends Page>, PageParameters> of(Services services) {
        Map<Class<? extends Page>, PageParameters> pages = new HashMap<>();
        CabinetSummary cabinet = services.cabinetQueries().page(CabinetFilter.ofSite(null), PageRequest.first(1, "name"))
                .items().get(0);
        long device = services.deviceQueries().page(DeviceFilter.inCabinet(cabinet.id()), PageRequest.first(1, "position"))
                .items().get(0).id();
        long site = services.sites().sites().get(0).getId();
        pages.put(io.dcim.console.cabinet.CabinetPage.class, new PageParameters().set("id", cabinet.id()));
        pages.put(io.dcim.console.room.RoomPage.class, new PageParameters().set("id", cabinet.roomId()));
        pages.put(io.dcim.console.device.DevicePage.class, new PageParameters().set("id", device));
        pages.put(io.dcim.console.device.PlaceDevicePage.class, new PageParameters().set("id", device));
        pages.put(io.dcim.console.device.DeviceEditPage.class, new PageParameters().set("id", device));
        pages.put(io.dcim.console.cabinet.CabinetEditPage.class, new PageParameters().set("id", cabinet.id()));
        pages.put(io.dcim.console.site.RoomEditPage.class, new PageParameters().set("id", cabinet.roomId()));
        pages.put(io.dcim.console.site.RowEditPage.class, new PageParameters().set("id", cabinet.rowId()));
        pages.put(io.dcim.console.search.SearchPage.class, new PageParameters().set("q", "A0"));
        pages.put(io.dcim.console.power.SnmpTargetsPage.class, new PageParameters().set("role", "pdu"));
        pages.put(io.dcim.console.energy.EnergyReportPage.class, new PageParameters().set("site", site).set("year", 2025));
        pages.put(io.dcim.console.energy.SupplyContractsPage.class, new PageParameters().set("site", site));
        pages.put(io.dcim.console.chain.CabinetSuppliesPage.class, new PageParameters().set("cabinet", cabinet.id()));
        pages.put(io.dcim.console.energy.SupplyContractEditPage.class, new PageParameters().set("site", site));
        pages.put(io.dcim.console.purchase.PurchaseRequestPage.class, new PageParameters().set("id",
                services.procurement().requests().page(io.dcim.procurement.request.RequestFilter.all(),
                        PageRequest.first(1, "created")).items().get(0).id()));
        pages.put(io.dcim.console.purchase.AssetPage.class, new PageParameters().set("id", services.procurement().assets()
                .page(io.dcim.procurement.asset.AssetFilter.all(), PageRequest.first(1, "assetTag")).items().get(0).id()));
        new io.dcim.forecasting.history.HistoryDemo(services.forecasting().history()).backfill(site, 24);
        pages.put(io.dcim.console.capacity.CapacityPage.class, new PageParameters().set("site", site));
        pages.put(io.dcim.console.capacity.CapacityResourcePage.class, new PageParameters().set("site", site)
                .set("resource", "power"));
        var scenarios = services.forecasting().scenarios();
        long base = scenarios.save("base", site, io.dcim.forecasting.history.Resource.GPU,
                io.dcim.forecasting.capacity.PlanAssumptions.defaults(), "test").getId();
        long cautious = scenarios.save("cautious", site, io.dcim.forecasting.history.Resource.GPU,
                io.dcim.forecasting.capacity.PlanAssumptions.defaults().withHeadroom(0.3), "test").getId();
        pages.put(io.dcim.console.capacity.ScenariosPage.class, new PageParameters().set("left", base).set("right", cautious));
        long order = io.dcim.console.purchase.OrderPagesTest.ordered(services, 1, "1000.00").getId();
        pages.put(io.dcim.console.purchase.OrderPage.class, new PageParameters().set("id", order));
        pages.put(io.dcim.console.purchase.ReceivingPage.class, new PageParameters().set("order", order));
        // a trace starts from a port or a cable; without one it sends the reader to the cable list
        pages.put(io.dcim.console.cabling.TracePage.class, new PageParameters().set("cable", services.cabling().cables()
                .page(io.dcim.common.access.Caller.system("test"), io.dcim.inventory.cable.CableFilter.all(),
                        PageRequest.first(1, "label")).items().get(0).id()));
        return pages;
    }
}
