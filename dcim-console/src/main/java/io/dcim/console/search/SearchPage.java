package io.dcim.console.search;

import io.dcim.app.Services;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.device.DevicePage;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Texts;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.gpu.GpuSummary;
import jakarta.inject.Inject;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The header's search box: asset tags, serials and host names of devices, cabinet names and
 * GPU serials. A query that finds exactly one thing goes straight to it.
 */
public class SearchPage extends BasePage {

    @Inject
    private Services services;

    static final int LIMIT = 25;
    private final String query;

    public SearchPage(PageParameters parameters) {
        super(parameters);
        query = parameters.get("q").toString("").trim();
        Page<DeviceSummary> devices = query.isEmpty() ? empty() : services.deviceQueries().page(
                new DeviceFilter(null, null, null, null, null, null, query), PageRequest.first(LIMIT, "assetTag"));
        Page<CabinetSummary> cabinets = query.isEmpty() ? empty() : services.cabinetQueries().page(
                new CabinetFilter(null, null, null, query, null, null, null), PageRequest.first(LIMIT, "name"));
        Page<GpuSummary> gpus = query.isEmpty() ? empty() : services.gpuQueries().bySerial(query,
                PageRequest.first(LIMIT, "serial"));
        jumpIfOnlyOne(devices, cabinets, gpus);

        add(new Label("summary", query.isEmpty() ? getString("summary.empty")
                : devices.total() + cabinets.total() + gpus.total() == 0 ? Texts.of(this, "summary.none", "query", query)
                : devices.total() > LIMIT || cabinets.total() > LIMIT || gpus.total() > LIMIT
                        ? Texts.of(this, "summary.limited", "query", query, "limit", LIMIT)
                        : Texts.of(this, "summary.matches", "query", query)));
        add(new ListView<>("devices", devices.items()) {
            @Override
            protected void populateItem(ListItem<DeviceSummary> item) {
                DeviceSummary d = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", DevicePage.class,
                        new PageParameters().set("id", d.id()));
                link.add(new Label("text", d.assetTag() + " · " + d.serial() + (d.name() == null ? "" : " · " + d.name())
                        + " — " + d.model() + (d.cabinetName() == null ? ""
                        : Texts.of(SearchPage.this, "hit.inCabinet", "cabinet", d.cabinetName()))));
                item.add(link);
            }
        }.setVisible(!devices.items().isEmpty()));
        add(new ListView<>("cabinets", cabinets.items()) {
            @Override
            protected void populateItem(ListItem<CabinetSummary> item) {
                CabinetSummary c = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", CabinetPage.class,
                        new PageParameters().set("id", c.id()));
                link.add(new Label("text", c.roomName() + " · " + c.name() + " — "
                        + Texts.of(SearchPage.this, "hit.freeU", "free", c.freeU())));
                item.add(link);
            }
        }.setVisible(!cabinets.items().isEmpty()));
        add(new ListView<>("gpus", gpus.items()) {
            @Override
            protected void populateItem(ListItem<GpuSummary> item) {
                GpuSummary g = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", DevicePage.class,
                        new PageParameters().set("id", g.serverId() == null ? 0 : g.serverId()));
                link.add(new Label("text", g.serial() + " · " + g.model() + " " + (g.serverAssetTag() == null
                        ? getString("hit.onShelf")
                        : Texts.of(SearchPage.this, "hit.inSlot", "server", g.serverAssetTag(), "slot", g.slotIndex()))));
                link.setEnabled(g.serverId() != null);
                item.add(link);
            }
        }.setVisible(!gpus.items().isEmpty()));
    }

    private static void jumpIfOnlyOne(Page<DeviceSummary> devices, Page<CabinetSummary> cabinets, Page<GpuSummary> gpus) {
        if (devices.total() + cabinets.total() + gpus.total() != 1) {
            return;
        }
        if (devices.total() == 1) {
            throw new RestartResponseException(DevicePage.class, new PageParameters().set("id", devices.items().get(0).id()));
        }
        if (cabinets.total() == 1) {
            throw new RestartResponseException(CabinetPage.class, new PageParameters().set("id", cabinets.items().get(0).id()));
        }
        GpuSummary gpu = gpus.items().get(0);
        if (gpu.serverId() != null) {
            throw new RestartResponseException(DevicePage.class, new PageParameters().set("id", gpu.serverId()));
        }
    }

    private static <T> Page<T> empty() {
        return new Page<>(java.util.List.of(), 0, PageRequest.first(1, null));
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
