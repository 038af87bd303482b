package io.dcim.console.cabinet;

import static io.dcim.console.layout.FilterForm.idChoice;
import static io.dcim.console.layout.UrlParams.intParam;
import static io.dcim.console.layout.UrlParams.longParam;
import static io.dcim.console.layout.UrlParams.text;

import io.dcim.app.Services;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.power.LevelColours;
import io.dcim.console.transfer.ExportLinks;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import io.dcim.console.label.TagChoice;
import io.dcim.inventory.label.LabelFilter;
import io.dcim.inventory.tenant.Tenant;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.Component;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Every cabinet of a site, paged and sorted in the database, filtered by room, name, free
 * units and kW headroom. Filters live in the URL so a filtered list can be bookmarked or sent.
 */
public class CabinetListPage extends BasePage {

    @Inject
    private Services services;

    static final int ROWS_PER_PAGE = 50;

    public CabinetListPage(PageParameters parameters) {
        super(parameters);
        CabinetFilter filter = filterOf(parameters, services);
        Long siteId = filter.siteId();
        add(filterForm(filter, siteId));
        add(new ExportLinks("export", "cabinets", parameters));
        PagedDataProvider<CabinetSummary> rows = new PagedDataProvider<>(
                request -> services.cabinetQueries().page(filter, request),
                ROWS_PER_PAGE, "name");
        add(new ListTable<>("cabinets", columns(), rows, ROWS_PER_PAGE));
    }

    private FilterForm filterForm(CabinetFilter filter, Long siteId) {
        FilterForm form = new FilterForm("filter", CabinetListPage.class);
        form.keep("site", siteId);
        IModel<List<Room>> rooms = LoadableDetachableModel.of(() -> siteId == null ? List.of()
                : services().sites().rooms(siteId));
        form.choose(idChoice("room", Model.of(filter.roomId()), rooms, entity -> entity.getId(), Room::getName));
        form.choose(new TextField<>("q", Model.of(filter.nameContains())));
        form.choose(new NumberTextField<>("minFreeU", Model.of(filter.minFreeU()), Integer.class).setMinimum(0).setMaximum(52));
        form.choose(new NumberTextField<>("minHeadroomKw",
                Model.of(filter.minHeadroomW() == null ? null : filter.minHeadroomW() / 1000), Long.class).setMinimum(0L));
        IModel<List<Tenant>> tenants = LoadableDetachableModel.of(() -> services().tenants().tenants());
        form.choose(idChoice("tenant", Model.of(filter.tenantId()), tenants, entity -> entity.getId(), Tenant::getName));
        form.choose(new TagChoice("tag", Model.of(filter.labels().tags().isEmpty() ? null : filter.labels().tags().get(0))));
        return form;
    }

    private static List<IColumn<CabinetSummary, String>> columns() {
        List<IColumn<CabinetSummary, String>> columns = new ArrayList<>();
        columns.add(new AbstractColumn<>(new ResourceModel("col.cabinet"), "name") {
            @Override
            public void populateItem(Item<ICellPopulator<CabinetSummary>> cell, String id, IModel<CabinetSummary> row) {
                cell.add(new CabinetLinkPanel(id, row));
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("col.room"), "room", CabinetSummary::roomName));
        columns.add(new LambdaColumn<>(new ResourceModel("col.row"), "row", CabinetSummary::rowName));
        columns.add(new LambdaColumn<>(new ResourceModel("col.usedU"), "usedU", c -> c.usedU() + " / " + c.heightU()));
        columns.add(new LambdaColumn<>(new ResourceModel("col.freeU"), "freeU", c -> Format.count(c.freeU())));
        columns.add(new AbstractColumn<>(new ResourceModel("col.power"), "typicalW") {
            @Override
            public void populateItem(Item<ICellPopulator<CabinetSummary>> cell, String id, IModel<CabinetSummary> row) {
                cell.add(new PowerBar(id, row));
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("col.headroom"), "headroomW", c -> Format.kw(c.headroomW())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.devices"), "devices", c -> Format.count(c.deviceCount())));
        return columns;
    }

    /** The filter the URL names; without a site, the first site (most operators have one). */
    public static CabinetFilter filterOf(PageParameters parameters, io.dcim.app.Services services) {
        Long siteId = longParam(parameters, "site");
        if (siteId == null) {
            siteId = services.sites().sites().stream().findFirst().map(entity -> entity.getId()).orElse(null);
        }
        Long headroomKw = longParam(parameters, "minHeadroomKw");
        return new CabinetFilter(siteId, longParam(parameters, "room"), null, text(parameters, "q"),
                intParam(parameters, "minFreeU"), headroomKw == null ? null : headroomKw * 1000, longParam(parameters, "tenant"))
                .withLabels(LabelFilter.ofTags(TagChoice.slugsOf(parameters)));
    }

    private io.dcim.app.Services services() {
        return services;
    }

    @Override
    protected String title() {
        return getString("title");
    }

    /** A cabinet's typical load against its contract as a coloured bar with the figures. */
    static final class PowerBar extends org.apache.wicket.markup.html.panel.Panel {
        PowerBar(String id, IModel<CabinetSummary> row) {
            super(id);
            add(new Label("figures", row.map(c -> Format.kw(c.typicalW()) + " / " + Format.kw(c.contractedW()))));
            Component fill = new org.apache.wicket.markup.html.WebMarkupContainer("fill");
            fill.add(org.apache.wicket.AttributeModifier.replace("style",
                    row.map(c -> "width:" + Math.min(100, Math.round(c.powerUtilizationPct())) + "%")));
            fill.add(org.apache.wicket.AttributeModifier.append("class", row.map(c -> LevelColours.power(c.siteId(), c.id(),
                    c.powerUtilizationPct()))));
            add(fill);
        }
    }
}
