package io.dcim.console.cabling;

import static io.dcim.console.layout.FilterForm.idChoice;
import static io.dcim.console.layout.UrlParams.enumParam;
import static io.dcim.console.layout.UrlParams.longParam;
import static io.dcim.console.layout.UrlParams.text;

import io.dcim.app.Services;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.device.DevicePage;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.transfer.ExportLinks;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableSummary;
import io.dcim.inventory.cable.CableType;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.danekja.java.util.function.serializable.SerializableFunction;

/**
 * Every cable, paged and sorted in the database, filtered by site, room, device (either end),
 * type, status or label; each row links both devices and the trace from its A end.
 */
public class CableListPage extends BasePage {

    @Inject
    private Services services;

    static final int ROWS_PER_PAGE = 50;

    public CableListPage(PageParameters parameters) {
        super(parameters);
        CableFilter filter = filterOf(parameters);
        add(new BookmarkablePageLink<>("fabricPlan", FabricPlanPage.class));
        // the list's own filters, so that what is exported is what is shown
        PageParameters shown = new PageParameters(parameters);
        add(new ExportLinks("export", "cables", shown));
        add(new ExportLinks("labels", "cable-labels", shown));
        add(new Label("deviceFilter", filter.deviceId() == null ? ""
                : getString("cables.ofDevice", Model.ofMap(Map.of("device", deviceName(filter.deviceId())))))
                .setVisible(filter.deviceId() != null));
        add(filterForm(filter));
        PagedDataProvider<CableSummary> rows = new PagedDataProvider<>(
                request -> services.cabling().cables().page(DcimSession.get().caller(), filter, request), ROWS_PER_PAGE,
                "label");
        add(new ListTable<>("cables", columns(), rows, ROWS_PER_PAGE));
    }

    public static CableFilter filterOf(PageParameters parameters) {
        return new CableFilter(longParam(parameters, "site"), longParam(parameters, "room"), longParam(parameters, "device"),
                enumParam(parameters, "type", CableType.class), enumParam(parameters, "status", CableStatus.class),
                text(parameters, "label"));
    }

    private String deviceName(long deviceId) {
        var device = services.deviceQueries().find(deviceId);
        return device.name() == null ? device.assetTag() : device.name();
    }

    private FilterForm filterForm(CableFilter filter) {
        FilterForm form = new FilterForm("filter", CableListPage.class);
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());
        form.choose(idChoice("site", Model.of(filter.siteId()), sites, entity -> entity.getId(), Site::getName));
        IModel<List<Room>> rooms = LoadableDetachableModel.of(() -> services.sites().sites().stream()
                .flatMap(s -> services.sites().rooms(s.getId()).stream()).toList());
        form.choose(idChoice("room", Model.of(filter.roomId()), rooms, entity -> entity.getId(), Room::getName));
        form.keep("device", filter.deviceId());
        form.choose(new DropDownChoice<>("type", Model.of(filter.type()), Arrays.asList(CableType.values()),
                new LambdaChoiceRenderer<>(t -> CableText.of(this, t), t -> t.name())).setNullValid(true));
        form.choose(new DropDownChoice<>("status", Model.of(filter.status()), Arrays.asList(CableStatus.values()),
                new LambdaChoiceRenderer<>(s -> CableText.of(this, s), s -> s.name())).setNullValid(true));
        form.choose(new TextField<>("label", Model.of(filter.label())));
        return form;
    }

    private List<IColumn<CableSummary, String>> columns() {
        List<IColumn<CableSummary, String>> columns = new ArrayList<>();
        columns.add(new LambdaColumn<>(new ResourceModel("cables.label"), "label", CableSummary::label));
        columns.add(new LambdaColumn<>(new ResourceModel("cables.type"), "type",
                c -> CableText.of(this, c.type()) + (c.lanes() > 1 ? " 1×" + c.lanes() : "")));
        columns.add(new LambdaColumn<>(new ResourceModel("cables.status"), "status", c -> CableText.of(this, c.status())));
        columns.add(new LambdaColumn<>(new ResourceModel("cables.length"), "length",
                c -> c.lengthM() == null ? "" : c.lengthM().stripTrailingZeros().toPlainString() + " m"));
        columns.add(endColumn("cables.a", "aDevice", CableSummary::aDeviceId, CableSummary::aDevice, CableSummary::aPort));
        columns.add(endColumn("cables.b", "bDevice", CableSummary::bDeviceId, CableSummary::bDevice, CableSummary::bPort));
        columns.add(new AbstractColumn<>(Model.of("")) {
            @Override
            public void populateItem(Item<ICellPopulator<CableSummary>> cell, String id, IModel<CableSummary> row) {
                Fragment link = new Fragment(id, "linkFragment", CableListPage.this);
                link.add(new BookmarkablePageLink<>("link", TracePage.class, new PageParameters().set("cable",
                        row.getObject().id())).setBody(new ResourceModel("cables.trace"))
                        .setVisible(row.getObject().aDeviceId() != null));
                cell.add(link);
            }
        });
        return columns;
    }

    private IColumn<CableSummary, String> endColumn(String header, String sort, SerializableFunction<CableSummary, Long> device,
            SerializableFunction<CableSummary, String> name, SerializableFunction<CableSummary, String> port) {
        return new AbstractColumn<>(new ResourceModel(header), sort) {
            @Override
            public void populateItem(Item<ICellPopulator<CableSummary>> cell, String id, IModel<CableSummary> row) {
                CableSummary c = row.getObject();
                Fragment link = new Fragment(id, "endFragment", CableListPage.this);
                link.add(new BookmarkablePageLink<>("link", DevicePage.class, new PageParameters().set("id",
                        device.apply(c) == null ? 0 : device.apply(c))).setBody(Model.of(name.apply(c)))
                        .setVisible(device.apply(c) != null));
                link.add(new Label("port", port.apply(c) == null ? "—" : port.apply(c)));
                cell.add(link);
            }
        };
    }

    @Override
    protected String title() {
        return getString("cables.title");
    }
}
