package io.dcim.console.purchase;

import io.dcim.app.Services;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.procurement.supplier.SupplierSummary;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DefaultDataTable;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The suppliers purchases are ordered from, with their lead times (which the capacity plan uses). */
public class SupplierListPage extends BasePage {

    @Inject
    private Services services;

    public SupplierListPage(PageParameters parameters) {
        super(parameters);
        String text = parameters.get("q").toOptionalString();
        PagedDataProvider<SupplierSummary> rows = new PagedDataProvider<>(
                request -> services.procurement().suppliers().page(text, request), 50, "name");
        List<IColumn<SupplierSummary, String>> columns = List.of(
                new LambdaColumn<>(new ResourceModel("col.supplier"), "name", SupplierSummary::name),
                new LambdaColumn<>(new ResourceModel("col.taxId"), s -> s.taxId() == null ? "—" : s.taxId()),
                new LambdaColumn<>(new ResourceModel("col.leadTimeDays"), SupplierSummary::leadTimeDays),
                new LambdaColumn<>(new ResourceModel("col.contacts"), SupplierSummary::contacts));
        add(new DefaultDataTable<>("suppliers", columns, rows, 50));
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
