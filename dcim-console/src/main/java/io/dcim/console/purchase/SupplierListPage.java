package io.dcim.console.purchase;

import io.dcim.app.Services;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.procurement.supplier.SupplierSummary;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The suppliers purchases are ordered from, with their lead times (which the capacity plan uses);
 * those who keep the suppliers open one from here to edit it, or add one.
 */
public class SupplierListPage extends BasePage {

    private static final int ROWS_PER_PAGE = 50;

    @Inject
    private Services services;

    public SupplierListPage(PageParameters parameters) {
        super(parameters);
        String text = parameters.get("q").toOptionalString();
        boolean manages = DcimSession.get().mayOpen(SupplierEditPage.class);
        add(new FeedbackPanel("feedback"));
        add(new BookmarkablePageLink<>("newSupplier", SupplierEditPage.class).setVisible(manages));
        PagedDataProvider<SupplierSummary> rows = new PagedDataProvider<>(
                request -> services.procurement().suppliers().page(text, request), ROWS_PER_PAGE, "name");
        List<IColumn<SupplierSummary, String>> columns = List.of(
                nameColumn(manages),
                new LambdaColumn<>(new ResourceModel("col.taxId"), s -> s.taxId() == null ? "—" : s.taxId()),
                new LambdaColumn<>(new ResourceModel("col.leadTimeDays"), "leadTimeDays",
                        s -> Format.count(s.leadTimeDays())),
                new LambdaColumn<>(new ResourceModel("col.contacts"), s -> Format.count(s.contacts())));
        add(new ListTable<>("suppliers", columns, rows, ROWS_PER_PAGE));
    }

    /** The supplier's name, a link to its edit page for those who may open it. */
    private IColumn<SupplierSummary, String> nameColumn(boolean manages) {
        return new AbstractColumn<>(new ResourceModel("col.supplier"), "name") {
            @Override
            public void populateItem(Item<ICellPopulator<SupplierSummary>> cell, String id, IModel<SupplierSummary> row) {
                if (!manages) {
                    cell.add(new Label(id, row.map(SupplierSummary::name)));
                    return;
                }
                Fragment link = new Fragment(id, "linkFragment", SupplierListPage.this);
                link.add(new BookmarkablePageLink<>("link", SupplierEditPage.class,
                        new PageParameters().set("id", row.getObject().id())).setBody(row.map(SupplierSummary::name)));
                cell.add(link);
            }
        };
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
