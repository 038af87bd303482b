package io.dcim.console.purchase;

import static io.dcim.console.layout.UrlParams.enumParam;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.power.EnumWords;
import io.dcim.procurement.request.RequestFilter;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.RequestSummary;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.SortOrder;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Purchase requests, newest first, filtered by status; managers open "waiting for me" (their
 * approval inbox: submitted requests they have not yet decided) from here.
 */
public class PurchaseListPage extends BasePage {

    @Inject
    private Services services;

    static final int ROWS_PER_PAGE = 50;

    public PurchaseListPage(PageParameters parameters) {
        super(parameters);
        RequestStatus status = enumParam(parameters, "status", RequestStatus.class);
        boolean inbox = "me".equals(parameters.get("awaiting").toOptionalString());
        String me = DcimSession.get().principal().username();
        String awaiting = inbox ? me : null;
        add(new BookmarkablePageLink<>("inbox", PurchaseListPage.class, new PageParameters().set("awaiting", "me"))
                .setVisible(DcimSession.get().may(Permission.PURCHASE_APPROVE)));
        add(new BookmarkablePageLink<>("suppliers", SupplierListPage.class));
        add(new BookmarkablePageLink<>("create", NewPurchaseRequestPage.class)
                .setVisible(services.procurement().requests().mayCreate(DcimSession.get().caller())));
        FilterForm form = new FilterForm("filter", PurchaseListPage.class);
        form.choose(new DropDownChoice<>("status", Model.of(status), Arrays.asList(RequestStatus.values()),
                new LambdaChoiceRenderer<>(s -> label(s, getLocale()), choice -> choice.name())).setNullValid(true));
        add(form);
        PagedDataProvider<RequestSummary> rows = new PagedDataProvider<>(
                // The filter is built per query: the provider is stored with the page and RequestFilter is not serializable.
                request -> services.procurement().requests().page(new RequestFilter(
                        status == null ? null : Set.of(status), null, null, null, null, awaiting), request),
                ROWS_PER_PAGE, "created");
        rows.setSort("created", SortOrder.DESCENDING);
        add(new ListTable<>("requests", columns(), rows, ROWS_PER_PAGE));
    }

    private List<IColumn<RequestSummary, String>> columns() {
        List<IColumn<RequestSummary, String>> columns = new ArrayList<>();
        columns.add(new AbstractColumn<>(new ResourceModel("col.request"), "title") {
            @Override
            public void populateItem(Item<ICellPopulator<RequestSummary>> cell, String id, IModel<RequestSummary> row) {
                Fragment link = new Fragment(id, "linkFragment", PurchaseListPage.this);
                link.add(new BookmarkablePageLink<>("link", PurchaseRequestPage.class,
                        new PageParameters().set("id", row.getObject().id())).setBody(row.map(RequestSummary::title)));
                cell.add(link);
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("col.status"), "status", r -> label(r.status(), getLocale())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.kind"), r -> label(r.kind(), getLocale())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.requester"), "requester", RequestSummary::requester));
        columns.add(new LambdaColumn<>(new ResourceModel("col.site"), r -> r.siteName() == null ? "—" : r.siteName()));
        columns.add(new LambdaColumn<>(new ResourceModel("col.gross"), "gross", r -> Format.cny(r.grossTotal())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.approvalsNeeded"), RequestSummary::approvalsRequired));
        return columns;
    }

    /** A request's status, kind or action as people read it, from procurement's bundle. */
    static String label(Enum<?> value, java.util.Locale locale) {
        return EnumWords.word("procurement", value, locale);
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
