package io.dcim.console.purchase;

import static io.dcim.console.layout.FilterForm.idChoice;
import static io.dcim.console.layout.UrlParams.enumParam;
import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.Times;
import io.dcim.console.power.EnumWords;
import io.dcim.inventory.site.Site;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.asset.AssetSummary;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The fixed-asset register, paged in the database and filtered by site and class, with the
 * depreciation schedule export (XLSX for a month range and the same filters) for analysts.
 */
public class AssetListPage extends BasePage {

    @Inject
    private Services services;

    static final int ROWS_PER_PAGE = 50;

    public AssetListPage(PageParameters parameters) {
        super(parameters);
        Long siteId = longParam(parameters, "site");
        AssetClass assetClass = enumParam(parameters, "class", AssetClass.class);
        String text = parameters.get("q").toOptionalString();
        // Built again per query: the provider is stored with the page and AssetFilter is not serializable.
        AssetFilter filter = new AssetFilter(siteId, assetClass, null, text);
        add(filterForm(filter));
        add(exportForm(filter));
        PagedDataProvider<AssetSummary> rows = new PagedDataProvider<>(
                request -> services.procurement().assets().page(
                        new AssetFilter(siteId, assetClass, null, text), request),
                ROWS_PER_PAGE, "assetTag");
        add(new ListTable<>("assets", columns(), rows, ROWS_PER_PAGE));
        add(new org.apache.wicket.markup.html.link.BookmarkablePageLink<>("expiring", ExpiringPage.class));
        add(new org.apache.wicket.markup.html.link.BookmarkablePageLink<>("exports", ExportPage.class)
                .setVisible(DcimSession.get().may(Permission.EXPORT_DEPRECIATION)));
    }

    private FilterForm filterForm(AssetFilter filter) {
        FilterForm form = new FilterForm("filter", AssetListPage.class);
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());
        form.choose(idChoice("site", Model.of(filter.siteId()), sites, entity -> entity.getId(), Site::getName));
        form.choose(new DropDownChoice<>("class", Model.of(filter.assetClass()), Arrays.asList(AssetClass.values()),
                new LambdaChoiceRenderer<>(c -> EnumWords.word("procurement", c, getLocale()), choice -> choice.name()))
                .setNullValid(true));
        form.choose(new TextField<>("q", Model.of(filter.tagContains())));
        return form;
    }

    /**
     * A plain GET form (not a Wicket form) to the export resource: the browser downloads the file
     * while the page stays. The list's site and class filters ride along as hidden fields.
     */
    private WebMarkupContainer exportForm(AssetFilter filter) {
        WebMarkupContainer form = new WebMarkupContainer("export");
        form.setVisible(DcimSession.get().may(Permission.EXPORT_DEPRECIATION));
        form.add(AttributeModifier.replace("action", () -> urlFor(DepreciationExportResource.REFERENCE, new PageParameters())
                .toString()));
        YearMonth now = YearMonth.now();
        form.add(valued("from", now.withMonth(1).toString()));
        form.add(valued("to", now.withMonth(12).toString()));
        form.add(valued("site", filter.siteId() == null ? "" : filter.siteId().toString()));
        form.add(valued("class", filter.assetClass() == null ? "" : filter.assetClass().name()));
        return form;
    }

    private static WebMarkupContainer valued(String id, String value) {
        WebMarkupContainer input = new WebMarkupContainer(id);
        input.add(AttributeModifier.replace("value", value));
        return input;
    }

    private List<IColumn<AssetSummary, String>> columns() {
        List<IColumn<AssetSummary, String>> columns = new ArrayList<>();
        columns.add(new org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn<>(new ResourceModel("col.assetTag"),
                "assetTag") {
            @Override
            public void populateItem(org.apache.wicket.markup.repeater.Item<
                    org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator<AssetSummary>> cell, String id,
                    IModel<AssetSummary> row) {
                cell.add(new AssetLink(id, row.getObject().id(), row.getObject().assetTag()));
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("col.description"), AssetSummary::description));
        columns.add(new LambdaColumn<>(new ResourceModel("col.class"), a -> EnumWords.word("procurement", a.assetClass(), getLocale())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.cost"), a -> Format.cny(a.cost())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.inService"), a -> Times.date(a.inServiceDate())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.site"), a -> a.siteName() == null ? "—" : a.siteName()));
        columns.add(new LambdaColumn<>(new ResourceModel("col.warrantyTo"), a -> Times.date(a.warrantyEnd())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.disposed"), a -> a.disposedOn() == null ? "" : Times.date(a.disposedOn())));
        return columns;
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
