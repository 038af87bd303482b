package io.dcim.console.purchase;

import io.dcim.app.ProcurementServices;
import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.EmptyNote;
import io.dcim.console.power.EnumWords;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Times;
import io.dcim.procurement.order.InvoiceCheck;
import io.dcim.procurement.order.InvoiceInput;
import io.dcim.procurement.order.OrderLine;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.receiving.GoodsReceipt;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A purchase order: its lines with what has arrived, the deliveries so far, and the invoice
 * check — ordered, received and invoiced, with a warning for each pair that differs. Finance
 * (analysts, managers) records the invoice; ops go on to receive a delivery.
 */
public class OrderPage extends BasePage {

    @Inject
    private Services services;

    private final long orderId;
    private final IModel<PurchaseOrder> order;

    public OrderPage(PageParameters parameters) {
        super(parameters);
        this.order = OrderModel.of(parameters, "id", services);
        this.orderId = order.getObject().getId();
        order.getObject();
        add(new Label("supplier", order.map(o -> o.getSupplier().getName())));
        add(new Label("orderDate", order.map(o -> Times.date(o.getOrderDate()))));
        add(new Label("status", order.map(o -> EnumWords.word("procurement", o.getStatus(), getLocale()))));
        add(new BookmarkablePageLink<>("request", PurchaseRequestPage.class, new PageParameters()
                .set("id", order.getObject().getRequest().getId()))
                .setBody(order.map(o -> "#" + o.getRequest().getId() + " " + o.getRequest().getTitle())));
        add(new ListView<>("lines", order.map(o -> o.getLines().stream().map(LineRow::of).toList())) {
            @Override
            protected void populateItem(ListItem<LineRow> item) {
                LineRow line = item.getModelObject();
                item.add(new Label("lineNo", line.lineNo()));
                item.add(new Label("description", line.description()));
                item.add(new Label("quantity", line.quantity()));
                item.add(new Label("received", line.received()));
                item.add(new Label("outstanding", line.outstanding()));
                item.add(new Label("unitPrice", line.unitPrice()));
                item.add(new Label("gross", line.gross()));
            }
        });
        add(new Label("net", order.map(o -> Format.cny(o.getNetTotal()))));
        add(new Label("vat", order.map(o -> Format.cny(o.getVatTotal()))));
        add(new Label("grossTotal", order.map(o -> Format.cny(o.getGrossTotal()))));
        add(receipts());
        add(invoicePanel());
        add(new FeedbackPanel("feedback", message -> !(message.getReporter() instanceof FormComponent)));
        add(invoiceForm());
        boolean ops = DcimSession.get().may(Permission.PURCHASE_RECEIVE);
        add(new BookmarkablePageLink<>("receive", ReceivingPage.class, new PageParameters().set("order", orderId))
                .setVisible(ops && order.getObject().getStatus().acceptsDeliveries()));
    }

    /** An order line as plain values, safe to keep in the page. */
    record LineRow(int lineNo, String description, int quantity, int received, int outstanding, String unitPrice, String gross)
            implements Serializable {
        static LineRow of(OrderLine l) {
            return new LineRow(l.getLineNo(), l.getDescription(), l.getQuantity(), l.getReceivedQuantity(), l.outstanding(),
                    Format.cny(l.getUnitPrice()), Format.cny(l.getGrossAmount()));
        }
    }

    /** A delivery as plain values. */
    record ReceiptRow(String receivedOn, String receivedBy, int units, String note) implements Serializable {
    }

    private WebMarkupContainer receipts() {
        IModel<List<ReceiptRow>> rows = LoadableDetachableModel.of(() -> procurement().receiving().receipts(orderId).stream()
                .map(this::row).toList());
        WebMarkupContainer section = new WebMarkupContainer("receipts");
        section.add(new ListView<>("receipt", rows) {
            @Override
            protected void populateItem(ListItem<ReceiptRow> item) {
                ReceiptRow r = item.getModelObject();
                item.add(new Label("receivedOn", r.receivedOn()));
                item.add(new Label("receivedBy", r.receivedBy()));
                item.add(new Label("units", r.units()));
                item.add(new Label("note", r.note() == null ? "" : r.note()));
            }
        });
        section.add(new EmptyNote("none", "order.nothingArrived", rows));
        return section;
    }

    private ReceiptRow row(GoodsReceipt r) {
        return new ReceiptRow(Times.date(r.getReceivedOn()), r.getReceivedBy(), procurement().receiving().units(r.getId()).size(),
                r.getNote());
    }

    private WebMarkupContainer invoicePanel() {
        IModel<InvoiceCheck> check = LoadableDetachableModel.of(() -> procurement().orders().invoiceCheck(orderId));
        WebMarkupContainer panel = new WebMarkupContainer("invoice");
        panel.add(new Label("ordered", check.map(c -> Format.cny(c.ordered()))));
        panel.add(new Label("receivedValue", check.map(c -> Format.cny(c.received()))));
        panel.add(new Label("invoiced", check.map(c -> c.invoiced() == null ? getString("order.notInvoiced")
                : Format.cny(c.invoiced()) + invoiceRef(order.getObject()))));
        panel.add(new Label("matches", check.map(c -> c.invoiced() == null ? "" : c.matches()
                ? getString("order.invoiceMatches") : "")));
        panel.add(new ListView<>("warnings", check.map(c -> c.warnings(getLocale()))) {
            @Override
            protected void populateItem(ListItem<String> item) {
                item.add(new Label("warning", item.getModelObject()));
            }
        });
        return panel;
    }

    private String invoiceRef(PurchaseOrder o) {
        return (o.getInvoiceNumber() == null ? "" : " (" + o.getInvoiceNumber() + ")")
                + (o.getInvoiceDate() == null ? "" : new StringResourceModel("order.invoiceOf", this)
                        .setParameters(Times.date(o.getInvoiceDate())).getString());
    }

    /** The invoice form's fields, where a refusal naming one is shown. */
    private FieldErrors invoiceFields;

    private Form<Void> invoiceForm() {
        Model<String> number = Model.of((String) null);
        Model<String> date = Model.of((String) null);
        Model<String> amount = Model.of((String) null);
        Form<Void> form = new Form<>("recordInvoice") {
            @Override
            protected void onSubmit() {
                recordInvoice(number.getObject(), date.getObject(), amount.getObject());
            }
        };
        invoiceFields = new FieldErrors(this);
        invoiceFields.add(form, "invoiceNumber", new TextField<>("invoiceNumber", number));
        invoiceFields.add(form, "invoiceDate", new TextField<>("invoiceDate", date));
        invoiceFields.alias("invoiceAmount", invoiceFields.add(form, "amount", new TextField<>("invoiceAmount", amount)));
        form.setVisible(DcimSession.get().may(Permission.PURCHASE_INVOICE));
        return form;
    }

    private void recordInvoice(String number, String date, String amount) {
        try {
            InvoiceInput input = new InvoiceInput(number, Inputs.requiredDate("invoiceDate", date),
                    required("invoiceAmount", Inputs.amount("invoiceAmount", amount)));
            InvoiceCheck check = procurement().orderFacade().recordInvoice(DcimSession.get().caller(), orderId,
                    order.getObject().getVersion(), input);
            if (check.matches()) {
                getSession().success(getString("order.invoiceRecorded"));
            } else {
                getSession().warn(new StringResourceModel("order.invoiceMismatch", this)
                        .setParameters(String.join(getString("order.separator"), check.warnings(getLocale()))).getString());
            }
            setResponsePage(OrderPage.class, new PageParameters().set("id", orderId));
        } catch (DomainException e) {
            invoiceFields.report(e);
        }
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new io.dcim.common.error.InvalidValueException(field, io.dcim.common.error.Message.of("common.field.required"));
        }
        return value;
    }

    private ProcurementServices procurement() {
        return services.procurement();
    }

    @Override
    protected String title() {
        return new StringResourceModel("title", this).setParameters(order.getObject().getOrderNumber()).getString();
    }

    @Override
    protected List<Crumb> crumbs() {
        long requestId = order.getObject().getRequest().getId();
        return List.of(Crumb.to(getString("crumb.purchases"), PurchaseListPage.class, new PageParameters()),
                Crumb.to("#" + requestId, PurchaseRequestPage.class, new PageParameters().set("id", requestId)),
                Crumb.here(order.getObject().getOrderNumber()));
    }

    @Override
    protected void onDetach() {
        order.detach();
        super.onDetach();
    }
}
