package io.dcim.console.purchase;

import static io.dcim.console.layout.FilterForm.idChoice;
import static io.dcim.console.layout.UrlParams.dateParam;
import static io.dcim.console.layout.UrlParams.enumParam;
import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.IsoDateField;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.Times;
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
import org.apache.wicket.markup.html.form.validation.AbstractFormValidator;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
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
        IModel<List<SupplierSummary>> suppliers = LoadableDetachableModel.of(() -> services.procurement().suppliers().all());
        Long asked = longParam(parameters, "supplier");
        // A supplier that is not there filters nothing, as if none were asked for.
        Long supplierId = asked == null || suppliers.getObject().stream().noneMatch(s -> s.id() == asked) ? null : asked;
        OrderStatus status = enumParam(parameters, "status", OrderStatus.class);

        FilterForm form = new FilterForm("filter", OrderListPage.class);
        FieldErrors fields = new FieldErrors(form);
        form.choose(idChoice("supplier", Model.of(supplierId), suppliers, SupplierSummary::id, SupplierSummary::name));
        form.choose(new DropDownChoice<>("status", Model.of(status), Arrays.asList(OrderStatus.values()),
                new LambdaChoiceRenderer<>(s -> PurchaseListPage.label(s, getLocale()), choice -> choice.name())).setNullValid(true));
        IsoDateField from = form.inUrl(fields.add(form, "from", new IsoDateField("from", Model.of(dateParam(parameters, "from")))));
        IsoDateField to = form.inUrl(fields.add(form, "to", new IsoDateField("to", Model.of(dateParam(parameters, "to")))));
        form.add(new Button("apply"));
        // A range that ends before it starts is refused beside its end and does not go into the URL.
        form.add(new AbstractFormValidator() {
            @Override
            public FormComponent<?>[] getDependentFormComponents() {
                return new FormComponent<?>[] {from, to};
            }

            @Override
            public void validate(Form<?> submitted) {
                try {
                    filterOf(null, null, from.getConvertedInput(), to.getConvertedInput());
                } catch (DomainException e) {
                    fields.report(e);
                }
            }
        });
        add(form);

        OrderFilter filter = shown(fields, supplierId, status, from.getModelObject(), to.getModelObject());
        PagedDataProvider<OrderSummary> rows = new PagedDataProvider<>(
                request -> services.procurement().orders().page(filter, request), ROWS_PER_PAGE, "orderDate");
        rows.setSort("orderDate", SortOrder.DESCENDING);
        add(new ListTable<>("orders", columns(), rows, ROWS_PER_PAGE));
    }

    /** The filter the URL asks for; a range that ends before it starts is refused beside its end and shown unbounded. */
    private static OrderFilter shown(FieldErrors fields, Long supplier, OrderStatus status, LocalDate from,
            LocalDate to) {
        try {
            return filterOf(supplier, status, from, to);
        } catch (DomainException e) {
            fields.report(e);
            return filterOf(supplier, status, null, null);
        }
    }

    private static OrderFilter filterOf(Long supplier, OrderStatus status, LocalDate from, LocalDate to) {
        return new OrderFilter(status, supplier, from, to);
    }

    private List<IColumn<OrderSummary, String>> columns() {
        List<IColumn<OrderSummary, String>> columns = new ArrayList<>();
        columns.add(linkColumn("col.order", "orderNumber", OrderPage.class, OrderSummary::id, OrderSummary::orderNumber));
        columns.add(new LambdaColumn<>(new ResourceModel("col.orderDate"), "orderDate", o -> Times.date(o.orderDate())));
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
