package io.dcim.console.purchase;

import static io.dcim.console.layout.UrlParams.dateParam;
import static io.dcim.console.layout.UrlParams.enumParam;
import static io.dcim.console.layout.UrlParams.longParam;
import static io.dcim.console.layout.UrlParams.putIfSet;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.IsoDateField;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.procurement.order.OrderFilter;
import io.dcim.procurement.order.OrderStatus;
import io.dcim.procurement.order.OrderSummary;
import io.dcim.procurement.supplier.SupplierSummary;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.Page;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.SortOrder;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
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
 * Purchase orders ({@code /orders}), newest first, filtered by supplier, status and order date
 * (the filters live in the URL), paged in the database; each row opens its order and its request.
 */
public class OrderListPage extends BasePage {

    static final int ROWS_PER_PAGE = 50;

    @Inject
    private Services services;

    public OrderListPage(PageParameters parameters) {
        super(parameters);
        Long supplierId = longParam(parameters, "supplier");
        Model<OrderStatus> status = Model.of(enumParam(parameters, "status", OrderStatus.class));
        Model<LocalDate> from = Model.of(dateParam(parameters, "from"));
        Model<LocalDate> to = Model.of(dateParam(parameters, "to"));
        IModel<List<SupplierSummary>> suppliers = LoadableDetachableModel.of(() -> services.procurement().suppliers().all());
        Model<SupplierSummary> supplier = Model.of(supplierId == null ? null
                : suppliers.getObject().stream().filter(s -> s.id() == supplierId).findFirst().orElse(null));

        Form<Void> form = new Form<>("filter");
        FieldErrors fields = new FieldErrors(form);
        form.add(new DropDownChoice<>("supplier", supplier, suppliers,
                new LambdaChoiceRenderer<>(SupplierSummary::name, s -> String.valueOf(s.id()))).setNullValid(true));
        form.add(new DropDownChoice<>("status", status, Arrays.asList(OrderStatus.values()),
                new LambdaChoiceRenderer<>(s -> PurchaseListPage.label(s, getLocale()), choice -> choice.name())).setNullValid(true));
        fields.add(form, "from", new IsoDateField("from", from));
        fields.add(form, "to", new IsoDateField("to", to));
        add(form.add(new Button("apply") {
            @Override
            public void onSubmit() {
                try {
                    filterOf(supplier.getObject(), status.getObject(), from.getObject(), to.getObject());
                } catch (DomainException e) {
                    fields.report(e);
                    return;
                }
                PageParameters next = new PageParameters();
                putIfSet(next, "supplier", supplier.getObject() == null ? null : supplier.getObject().id());
                putIfSet(next, "status", status.getObject());
                putIfSet(next, "from", from.getObject());
                putIfSet(next, "to", to.getObject());
                setResponsePage(OrderListPage.class, next);
            }
        }));

        OrderFilter filter = shown(fields, supplier.getObject(), status.getObject(), from.getObject(), to.getObject());
        PagedDataProvider<OrderSummary> rows = new PagedDataProvider<>(
                request -> services.procurement().orders().page(filter, request), ROWS_PER_PAGE, "orderDate");
        rows.setSort("orderDate", SortOrder.DESCENDING);
        add(new ListTable<>("orders", columns(), rows, ROWS_PER_PAGE));
    }

    /** The filter the URL asks for; a range that ends before it starts is refused beside its end and shown unbounded. */
    private static OrderFilter shown(FieldErrors fields, SupplierSummary supplier, OrderStatus status, LocalDate from,
            LocalDate to) {
        try {
            return filterOf(supplier, status, from, to);
        } catch (DomainException e) {
            fields.report(e);
            return filterOf(supplier, status, null, null);
        }
    }

    private static OrderFilter filterOf(SupplierSummary supplier, OrderStatus status, LocalDate from, LocalDate to) {
        return new OrderFilter(status, supplier == null ? null : supplier.id(), from, to);
    }

    private List<IColumn<OrderSummary, String>> columns() {
        List<IColumn<OrderSummary, String>> columns = new ArrayList<>();
        columns.add(linkColumn("col.order", "orderNumber", OrderPage.class, OrderSummary::id, OrderSummary::orderNumber));
        columns.add(new LambdaColumn<>(new ResourceModel("col.orderDate"), "orderDate", o -> String.valueOf(o.orderDate())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.supplier"), "supplier", OrderSummary::supplierName));
        columns.add(linkColumn("col.request", null, PurchaseRequestPage.class, OrderSummary::requestId,
                OrderSummary::requestTitle));
        columns.add(new LambdaColumn<>(new ResourceModel("col.status"), "status",
                o -> PurchaseListPage.label(o.status(), getLocale())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.gross"), "gross", o -> Format.cny(o.grossTotal())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.invoiced"), o -> Format.cny(o.invoiceAmount())));
        return columns;
    }

    private AbstractColumn<OrderSummary, String> linkColumn(String key, String sort, Class<? extends Page> page,
            SerializableFunction<OrderSummary, Long> id,
            SerializableFunction<OrderSummary, String> text) {
        return new AbstractColumn<>(new ResourceModel(key), sort) {
            @Override
            public void populateItem(Item<ICellPopulator<OrderSummary>> cell, String cellId, IModel<OrderSummary> row) {
                Fragment link = new Fragment(cellId, "linkFragment", OrderListPage.this);
                link.add(new BookmarkablePageLink<>("link", page, new PageParameters().set("id", id.apply(row.getObject())))
                        .setBody(row.map(text)));
                cell.add(link);
            }
        };
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
