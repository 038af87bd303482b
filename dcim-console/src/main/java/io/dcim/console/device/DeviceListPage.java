package io.dcim.console.device;

import static io.dcim.console.layout.FilterForm.idChoice;
import static io.dcim.console.layout.UrlParams.enumParam;
import static io.dcim.console.layout.UrlParams.longParam;
import static io.dcim.console.layout.UrlParams.text;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.label.TagChoice;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Labels;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.Texts;
import io.dcim.console.room.RoomPage;
import io.dcim.console.transfer.ExportLinks;
import io.dcim.console.transfer.ImportPage;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.label.LabelFilter;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.Component;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.feedback.ComponentFeedbackMessageFilter;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Check;
import org.apache.wicket.markup.html.form.CheckGroup;
import org.apache.wicket.markup.html.form.CheckGroupSelector;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Every device, paged and sorted in the database, filtered by site, kind, status, tenant or
 * text, with the hall and cabinet it stands in; the list exports in the import layout, ops can import from
 * here, and editors tick devices (or take all the filter matches) to edit them together.
 */
public class DeviceListPage extends BasePage {

    @Inject
    private Services services;

    static final int ROWS_PER_PAGE = 50;

    private final CheckGroup<Long> ticked = new CheckGroup<>("ticked", new ArrayList<>());

    public DeviceListPage(PageParameters parameters) {
        super(parameters);
        DeviceFilter filter = filterOf(parameters);
        add(new ExportLinks("export", "devices", parameters));
        add(new BookmarkablePageLink<>("import", ImportPage.class).setVisible(DcimSession.get().may(Permission.INVENTORY_IMPORT)));
        add(new BookmarkablePageLink<>("add", PlaceDevicePage.class).setVisible(DcimSession.get().may(Permission.DEVICE_MOVE)));
        add(filterForm(filter));
        PagedDataProvider<DeviceSummary> rows = new PagedDataProvider<>(
                request -> services().deviceQueries().page(filter, request), ROWS_PER_PAGE, "assetTag");
        Form<Void> selection = new Form<>("selection");
        add(selection);
        selection.add(ticked);
        ticked.add(new ListTable<>("devices", columns(), rows, ROWS_PER_PAGE));
        selection.add(bulkActions(parameters, rows));
    }

    /**
     * Bulk edit of what is ticked on this page, or of every device the filter matches. Neither puts ids in a
     * URL: the ticked ones go to the edit page's instance, and "all matching" sends the filter, which the
     * edit page resolves to ids when it applies the change.
     */
    private WebMarkupContainer bulkActions(PageParameters parameters, PagedDataProvider<DeviceSummary> rows) {
        WebMarkupContainer actions = new WebMarkupContainer("bulk");
        actions.setVisible(mayBulkEdit());
        actions.add(new Button("editTicked") {
            @Override
            public void onSubmit() {
                if (ticked.getModelObject().isEmpty()) {
                    error(getString("bulk.noneTicked"));
                    return;
                }
                setResponsePage(new DeviceBulkEditPage(List.copyOf(ticked.getModelObject())));
            }
        });
        PageParameters matching = DeviceBulkEditPage.matching(parameters);
        BookmarkablePageLink<Void> all = new BookmarkablePageLink<>("editAll", DeviceBulkEditPage.class, matching);
        all.setBody(IModel.of(() -> Texts.of(this, "bulk.all", "count", Format.count(rows.size()))));
        actions.add(all);
        actions.add(new FeedbackPanel("feedback", new ComponentFeedbackMessageFilter(actions.get("editTicked"))));
        return actions;
    }

    private static boolean mayBulkEdit() {
        return DcimSession.get().may(Permission.DEVICE_EDIT);
    }

    /** The URL parameters {@link #filterOf} reads. */
    static final List<String> FILTERS = List.of("site", "room", "cabinet", "kind", "status", "tenant", "q", "tag");

    public static DeviceFilter filterOf(PageParameters parameters) {
        return new DeviceFilter(longParam(parameters, "site"), longParam(parameters, "room"),
                longParam(parameters, "cabinet"), enumParam(parameters, "kind", DeviceKind.class),
                enumParam(parameters, "status", LifecycleStatus.class), longParam(parameters, "tenant"),
                text(parameters, "q")).withLabels(LabelFilter.ofTags(TagChoice.slugsOf(parameters)));
    }

    private FilterForm filterForm(DeviceFilter filter) {
        FilterForm form = new FilterForm("filter", DeviceListPage.class);
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services().sites().sites());
        form.choose(idChoice("site", Model.of(filter.siteId()), sites, entity -> entity.getId(), Site::getName));
        form.keep("room", filter.roomId()).keep("cabinet", filter.cabinetId());
        form.choose(new DropDownChoice<>("kind", Model.of(filter.kind()), Arrays.asList(DeviceKind.values()),
                // Lambdas, not method references: javac deserializes two serializable references to the same
                // method (Enum.name for a kind and a status) as whichever it meets first, so the page read back
                // from the store (the back button) handed a status to the kind's renderer (ClassCastException).
                new LambdaChoiceRenderer<>(k -> label(k), k -> k.name())).setNullValid(true));
        form.choose(new DropDownChoice<>("status", Model.of(filter.status()), Arrays.asList(LifecycleStatus.values()),
                new LambdaChoiceRenderer<>(s -> label(s), s -> s.name())).setNullValid(true));
        IModel<List<Tenant>> tenants = LoadableDetachableModel.of(() -> services().tenants().tenants());
        form.choose(idChoice("tenant", Model.of(filter.tenantId()), tenants, entity -> entity.getId(), Tenant::getName));
        form.choose(new TextField<>("q", Model.of(filter.text())));
        form.choose(new TagChoice("tag", Model.of(filter.labels().tags().isEmpty() ? null : filter.labels().tags().get(0))));
        return form;
    }

    private List<IColumn<DeviceSummary, String>> columns() {
        List<IColumn<DeviceSummary, String>> columns = new ArrayList<>();
        if (mayBulkEdit()) {
            columns.add(new AbstractColumn<>(Model.of("")) {
                @Override
                public Component getHeader(String componentId) {
                    Fragment all = new Fragment(componentId, "allOnPageFragment", DeviceListPage.this);
                    all.add(new CheckGroupSelector("allOnPage", ticked));
                    return all;
                }

                @Override
                public void populateItem(Item<ICellPopulator<DeviceSummary>> cell, String id, IModel<DeviceSummary> row) {
                    Fragment check = new Fragment(id, "checkFragment", DeviceListPage.this);
                    check.add(new Check<>("check", row.map(DeviceSummary::id)));
                    cell.add(check);
                }
            });
        }
        columns.add(new AbstractColumn<>(new ResourceModel("col.assetTag"), "assetTag") {
            @Override
            public void populateItem(Item<ICellPopulator<DeviceSummary>> cell, String id, IModel<DeviceSummary> row) {
                Fragment link = new Fragment(id, "linkFragment", DeviceListPage.this);
                link.add(new BookmarkablePageLink<>("link", DevicePage.class, new PageParameters().set("id", row.getObject().id()))
                        .setBody(row.map(DeviceSummary::assetTag)));
                cell.add(link);
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("col.name"), "name", d -> d.name() == null ? "" : d.name()));
        columns.add(new LambdaColumn<>(new ResourceModel("col.model"), "model", d -> d.manufacturer() + " " + d.model()));
        columns.add(new LambdaColumn<>(new ResourceModel("col.kind"), "kind", d -> label(d.kind())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.status"), "status", d -> label(d.status())));
        columns.add(new AbstractColumn<>(new ResourceModel("col.room"), "room") {
            @Override
            public void populateItem(Item<ICellPopulator<DeviceSummary>> cell, String id, IModel<DeviceSummary> row) {
                DeviceSummary d = row.getObject();
                if (d.roomId() == null) {
                    cell.add(new Label(id, "—"));
                    return;
                }
                Fragment link = new Fragment(id, "linkFragment", DeviceListPage.this);
                link.add(new BookmarkablePageLink<>("link", RoomPage.class, new PageParameters().set("id", d.roomId()))
                        .setBody(Model.of(d.roomName())));
                cell.add(link);
            }
        });
        columns.add(new AbstractColumn<>(new ResourceModel("col.where"), "cabinet") {
            @Override
            public void populateItem(Item<ICellPopulator<DeviceSummary>> cell, String id, IModel<DeviceSummary> row) {
                DeviceSummary d = row.getObject();
                if (d.cabinetId() == null) {
                    cell.add(new Label(id, getString("inStock")));
                    return;
                }
                Fragment link = new Fragment(id, "linkFragment", DeviceListPage.this);
                link.add(new BookmarkablePageLink<>("link", CabinetPage.class, new PageParameters().set("id", d.cabinetId()))
                        .setBody(Model.of(d.cabinetName() + (d.positionU() == null ? " (0U)" : " U" + d.positionU()
                                + " " + label(d.face())))));
                cell.add(link);
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("col.tenant"), "tenant", d -> d.tenantName() == null ? "—" : d.tenantName()));
        return columns;
    }

    private static String label(Enum<?> value) {
        return value == null ? "" : Labels.of(value);
    }

    private Services services() {
        return services;
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
