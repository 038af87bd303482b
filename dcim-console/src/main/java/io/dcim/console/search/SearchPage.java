package io.dcim.console.search;

import io.dcim.app.Services;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.cabinet.CabinetListPage;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.catalog.CatalogPage;
import io.dcim.console.device.DeviceListPage;
import io.dcim.console.device.DevicePage;
import io.dcim.console.gpu.GpuListPage;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Labels;
import io.dcim.console.layout.Texts;
import io.dcim.console.purchase.OrderPage;
import io.dcim.console.purchase.PurchaseRequestPage;
import io.dcim.console.room.RoomPage;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.gpu.GpuSummary;
import io.dcim.inventory.search.SearchHit;
import io.dcim.procurement.order.OrderSummary;
import io.dcim.procurement.request.RequestFilter;
import io.dcim.procurement.request.RequestSummary;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The header's search box: devices (asset tag, serial, host name), cabinets, GPU serials, sites (name, code,
 * city), rooms, tenants, device and GPU models, purchase requests (title) and orders (number, supplier,
 * request), grouped by kind, each hit linking to its page. Every kind is one short query limited to
 * {@link #LIMIT} hits with its total beside it. A query that finds exactly one thing goes straight to it.
 */
public class SearchPage extends BasePage {

    @Inject
    private Services services;

    static final int LIMIT = 25;
    private final String query;

    /** One hit as shown: the page it opens and its text. */
    record Hit(Class<? extends org.apache.wicket.Page> page, PageParameters parameters, String text) implements Serializable {
    }

    /** The hits of one kind ({@code devices}, {@code sites}…) and how many there are in all. */
    record Group(String kind, long total, List<Hit> hits) implements Serializable {
    }

    public SearchPage(PageParameters parameters) {
        super(parameters);
        query = parameters.get("q").toString("").trim();
        List<Group> groups = query.isEmpty() ? List.of() : groups();
        long total = groups.stream().mapToLong(Group::total).sum();
        jumpIfOnlyOne(groups, total);

        add(new Label("summary", query.isEmpty() ? getString("summary.empty")
                : total == 0 ? Texts.of(this, "summary.none", "query", query)
                : groups.stream().anyMatch(g -> g.total() > LIMIT)
                        ? Texts.of(this, "summary.limited", "query", query, "limit", LIMIT)
                        : Texts.of(this, "summary.matches", "query", query)));
        add(new ListView<>("groups", groups.stream().filter(g -> g.total() > 0).toList()) {
            @Override
            protected void populateItem(ListItem<Group> item) {
                Group group = item.getModelObject();
                item.add(new Label("kind", getString(group.kind())));
                item.add(new Label("count", group.total() > group.hits().size()
                        ? Texts.of(SearchPage.this, "count.limited", "shown", Format.count(group.hits().size()),
                                "total", Format.count(group.total()))
                        : Format.count(group.total())));
                item.add(new ListView<>("hits", group.hits()) {
                    @Override
                    protected void populateItem(ListItem<Hit> hit) {
                        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", hit.getModelObject().page(),
                                hit.getModelObject().parameters());
                        link.add(new Label("text", hit.getModelObject().text()));
                        hit.add(link);
                    }
                });
            }
        });
    }

    private List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        Page<DeviceSummary> devices = services.deviceQueries().page(
                new DeviceFilter(null, null, null, null, null, null, query), PageRequest.first(LIMIT, "assetTag"));
        groups.add(group("devices", devices, d -> new Hit(DevicePage.class, id(d.id()),
                d.assetTag() + " · " + d.serial() + (d.name() == null ? "" : " · " + d.name()) + " — " + d.model()
                        + (d.cabinetName() == null ? "" : Texts.of(this, "hit.inCabinet", "cabinet", d.cabinetName())))));
        Page<CabinetSummary> cabinets = services.cabinetQueries().page(
                new CabinetFilter(null, null, null, query, null, null, null), PageRequest.first(LIMIT, "name"));
        groups.add(group("cabinets", cabinets, c -> new Hit(CabinetPage.class, id(c.id()),
                c.roomName() + " · " + c.name() + " — " + Texts.of(this, "hit.freeU", "free", c.freeU()))));
        Page<GpuSummary> gpus = services.gpuQueries().bySerial(query, PageRequest.first(LIMIT, "serial"));
        groups.add(group("gpus", gpus, g -> g.serverId() == null
                ? new Hit(GpuListPage.class, new PageParameters().set("model", g.modelId()),
                        g.serial() + " · " + g.model() + " " + getString("hit.onShelf"))
                : new Hit(DevicePage.class, id(g.serverId()), g.serial() + " · " + g.model() + " "
                        + Texts.of(this, "hit.inSlot", "server", g.serverAssetTag(), "slot", g.slotIndex()))));
        groups.add(group("sites", services.search().sites(query, LIMIT), s -> new Hit(CabinetListPage.class,
                new PageParameters().set("site", s.id()), s.name() + (s.detail() == null ? "" : " · " + s.detail()))));
        groups.add(group("rooms", services.search().rooms(query, LIMIT), r -> new Hit(RoomPage.class, id(r.id()),
                r.name() + " · " + r.detail())));
        groups.add(group("tenants", services.search().tenants(query, LIMIT), t -> new Hit(DeviceListPage.class,
                new PageParameters().set("tenant", t.id()), t.name() + " · " + kindLabel("TenantKind", t))));
        groups.add(group("deviceModels", services.search().deviceModels(query, LIMIT), m -> new Hit(CatalogPage.class,
                new PageParameters(), m.name() + " · " + kindLabel("DeviceKind", m))));
        groups.add(group("gpuModels", services.search().gpuModels(query, LIMIT), m -> new Hit(GpuListPage.class,
                new PageParameters().set("model", m.id()), m.name() + " · " + m.detail())));
        Page<RequestSummary> requests = services.procurement().requests().page(
                new RequestFilter(null, null, null, null, query, null), PageRequest.first(LIMIT, "updated"));
        groups.add(group("requests", requests, r -> new Hit(PurchaseRequestPage.class, id(r.id()),
                r.title() + " · " + r.requester() + " · " + Labels.of(r.status()))));
        Page<OrderSummary> orders = services.procurement().orders().search(query, PageRequest.first(LIMIT, "orderDate"));
        groups.add(group("orders", orders, o -> new Hit(OrderPage.class, id(o.id()),
                o.orderNumber() + " · " + o.supplierName() + " · " + o.requestTitle())));
        return groups;
    }

    /** A tenant's or model's kind as the enum labels say it (the search returns its name). */
    private static String kindLabel(String enumType, SearchHit hit) {
        return Labels.shared(enumType + "." + hit.detail(), hit.detail());
    }

    private static <T> Group group(String kind, Page<T> page, Function<T, Hit> hit) {
        return new Group(kind, page.total(), page.items().stream().map(hit).toList());
    }

    private static PageParameters id(long id) {
        return new PageParameters().set("id", id);
    }

    private static void jumpIfOnlyOne(List<Group> groups, long total) {
        if (total != 1) {
            return;
        }
        Hit only = groups.stream().flatMap(g -> g.hits().stream()).findFirst().orElseThrow();
        throw new RestartResponseException(only.page(), only.parameters());
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
