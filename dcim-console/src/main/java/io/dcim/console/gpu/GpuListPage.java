package io.dcim.console.gpu;

import static io.dcim.console.layout.FilterForm.idChoice;
import static io.dcim.console.layout.UrlParams.enumParam;
import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.common.paging.Page;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.label.TagChips;
import io.dcim.console.label.TagChoice;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Labels;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.Texts;
import io.dcim.console.transfer.ExportLinks;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.inventory.gpu.GpuFilter;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.inventory.gpu.GpuSummary;
import io.dcim.inventory.label.LabelFilter;
import io.dcim.inventory.label.LabelView;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.inventory.tag.TagChip;
import io.dcim.inventory.tenant.Tenant;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.form.Check;
import org.apache.wicket.markup.html.form.CheckGroup;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * GPUs by site, model, status, tenant and tag, paged in the database, each with its tags; ops tick cards on a
 * page and allocate them to a tenant (or free them) in one transaction; editors register a card.
 */
public class GpuListPage extends BasePage {

    @Inject
    private Services services;

    static final int ROWS_PER_PAGE = 100;

    /** The tags of the cards on the page being drawn, read with the page; dropped with it. */
    private transient Map<Long, LabelView> tagsShown;

    public GpuListPage(PageParameters parameters) {
        super(parameters);
        GpuFilter filter = filterOf(parameters);
        add(filterForm(filter));
        add(new ExportLinks("export", "gpus", parameters));
        add(new BookmarkablePageLink<>("register", GpuRegisterPage.class).setVisible(DcimSession.get().may(Permission.DEVICE_EDIT)));
        add(new FeedbackPanel("feedback"));

        CheckGroup<Long> selected = new CheckGroup<>("selected", new ArrayList<>());
        Model<Long> tenant = Model.of((Long) null);
        Form<Void> allocate = new Form<>("allocate") {
            @Override
            protected void onSubmit() {
                allocate(selected.getModelObject(), tenant.getObject());
                selected.getModelObject().clear();
            }
        };
        allocate.add(selected);
        PagedDataProvider<GpuSummary> rows = new PagedDataProvider<>(request -> withTags(
                services().gpuQueries().page(filter, request)), ROWS_PER_PAGE, "serial");
        selected.add(new ListTable<>("gpus", columns(), rows, ROWS_PER_PAGE));
        DropDownChoice<Long> tenantChoice = tenantChoice("tenant", tenant);
        tenantChoice.setNullValid(true);
        allocate.add(tenantChoice);
        allocate.setVisible(canEdit());
        add(allocate);
        if (!canEdit()) {
            add(new ListTable<>("readOnly", columns(), rows, ROWS_PER_PAGE));
        } else {
            add(new org.apache.wicket.markup.html.WebMarkupContainer("readOnly").setVisible(false));
        }
    }

    /** The page's cards with their tags read in one query for all of them, not one per row. */
    private Page<GpuSummary> withTags(Page<GpuSummary> page) {
        tagsShown = services().labelling().views(ObjectType.GPU, page.items().stream().map(GpuSummary::id).toList());
        return page;
    }

    private List<TagChip> tagsOf(long gpuId) {
        Map<Long, LabelView> shown = tagsShown == null ? services().labelling().views(ObjectType.GPU, List.of(gpuId)) : tagsShown;
        return shown.getOrDefault(gpuId, LabelView.NONE).tags();
    }

    private void allocate(Collection<Long> gpuIds, Long tenantId) {
        if (!canEdit()) {
            error(getString("allocate.notAllowed"));
            return;
        }
        if (gpuIds.isEmpty()) {
            error(getString("allocate.noneTicked"));
            return;
        }
        try {
            int count = services().gpuFacade().allocate(DcimSession.get().caller(), List.copyOf(gpuIds), tenantId);
            String to = tenantId == null ? getString("allocate.freed") : services().tenants().tenants().stream()
                    .filter(t -> t.getId().equals(tenantId)).map(Tenant::getName).findFirst().orElse(String.valueOf(tenantId));
            success(Texts.of(this, "allocate.done", "count", Format.count(count), "tenant", to));
        } catch (DomainException e) {
            FieldErrors.report(this, e);
        }
    }

    private static boolean canEdit() {
        return DcimSession.get().may(Permission.GPU_ALLOCATE);
    }

    private FilterForm filterForm(GpuFilter filter) {
        FilterForm form = new FilterForm("filter", GpuListPage.class);
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services().sites().sites());
        form.choose(idChoice("site", Model.of(filter.siteId()), sites, entity -> entity.getId(), Site::getName));
        IModel<List<GpuModel>> models = LoadableDetachableModel.of(() -> services().catalog().gpuModels());
        form.choose(idChoice("model", Model.of(filter.gpuModelId()), models, entity -> entity.getId(), GpuModel::getName));
        form.choose(new DropDownChoice<>("status", Model.of(filter.status()), Arrays.asList(GpuStatus.values()),
                new LambdaChoiceRenderer<>(Labels::of, choice -> choice.name())).setNullValid(true));
        form.choose(tenantChoice("tenant", Model.of(filter.tenantId())).setNullValid(true));
        form.choose(new TagChoice("tag", Model.of(filter.labels().tags().isEmpty() ? null : filter.labels().tags().get(0))));
        return form;
    }

    private DropDownChoice<Long> tenantChoice(String id, IModel<Long> model) {
        IModel<List<Tenant>> tenants = LoadableDetachableModel.of(() -> services().tenants().tenants());
        return idChoice(id, model, tenants, entity -> entity.getId(), Tenant::getName);
    }

    private List<IColumn<GpuSummary, String>> columns() {
        List<IColumn<GpuSummary, String>> columns = new ArrayList<>();
        if (canEdit()) {
            columns.add(new AbstractColumn<>(Model.of("")) {
                @Override
                public void populateItem(Item<ICellPopulator<GpuSummary>> cell, String id, IModel<GpuSummary> row) {
                    cell.add(new CheckPanel(id, row.map(GpuSummary::id)));
                }
            });
        }
        columns.add(new LambdaColumn<>(new ResourceModel("col.serial"), "serial", GpuSummary::serial));
        columns.add(new LambdaColumn<>(new ResourceModel("col.model"), "model", GpuSummary::model));
        columns.add(new LambdaColumn<>(new ResourceModel("col.status"), "status", g -> Labels.of(g.status())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.server"), "server", g -> g.serverAssetTag() == null ? getString("onShelf")
                : Texts.of(this, "inSlot", "server", g.serverAssetTag(), "slot", g.slotIndex())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.cabinet"), GpuSummary::cabinetName));
        columns.add(new LambdaColumn<>(new ResourceModel("col.tenant"), "tenant", g -> g.tenantName() == null ? "—" : g.tenantName()));
        columns.add(new AbstractColumn<>(new ResourceModel("col.tags")) {
            @Override
            public void populateItem(Item<ICellPopulator<GpuSummary>> cell, String id, IModel<GpuSummary> row) {
                cell.add(new TagChips(id, Model.ofList(tagsOf(row.getObject().id()))));
            }
        });
        return columns;
    }

    public static GpuFilter filterOf(PageParameters parameters) {
        return new GpuFilter(longParam(parameters, "site"), longParam(parameters, "model"),
                enumParam(parameters, "status", GpuStatus.class), longParam(parameters, "tenant"), null)
                .withLabels(LabelFilter.ofTags(TagChoice.slugsOf(parameters)));
    }

    private Services services() {
        return services;
    }

    @Override
    protected String title() {
        return getString("title");
    }

    /** The tick box of one row, part of the page's check group. */
    static final class CheckPanel extends Panel {
        CheckPanel(String id, IModel<Long> gpuId) {
            super(id);
            add(new Check<>("check", gpuId));
        }
    }
}
