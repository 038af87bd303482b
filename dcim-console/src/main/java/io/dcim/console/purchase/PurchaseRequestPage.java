package io.dcim.console.purchase;

import static io.dcim.console.layout.UrlParams.idOr;

import io.dcim.app.ProcurementServices;
import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.Messages;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Found;
import io.dcim.console.power.EnumWords;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Times;
import io.dcim.forecasting.economics.PurchaseMargin;
import io.dcim.procurement.approval.ApprovalImpact;
import io.dcim.procurement.approval.ApprovalState;
import io.dcim.procurement.order.NewOrder;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestAction;
import io.dcim.procurement.request.RequestKind;
import io.dcim.procurement.request.RequestLine;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.TimelineEntry;
import io.dcim.procurement.supplier.SupplierSummary;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.image.NonCachingImage;
import org.apache.wicket.request.resource.DynamicImageResource;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextArea;
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
 * One purchase request: its lines and totals, the capacity it adds, its timeline, and for a
 * manager the impact panel (cabinets and kW it needs against what is free, the monthly
 * depreciation it adds, the site's GPU utilization, and forecasting's outlook of the site's gross margin month by
 * month with its break-even month) beside Approve, Reject and Return.
 */
public class PurchaseRequestPage extends BasePage {

    @Inject
    private Services services;

    private final long requestId;
    private final IModel<PurchaseRequest> request;

    public PurchaseRequestPage(PageParameters parameters) {
        super(parameters);
        this.requestId = idOr(parameters, "id", PurchaseListPage.class);
        this.request = Found.model(() -> procurement().requests().find(requestId));
        request.getObject();
        add(new Label("requester", request.map(PurchaseRequest::getRequester)));
        add(new Label("status", request.map(r -> PurchaseListPage.label(r.getStatus(), getLocale()))));
        add(new Label("kind", request.map(r -> PurchaseListPage.label(r.getKind(), getLocale()))));
        add(new Label("justification", request.map(PurchaseRequest::getJustification)));
        add(new Label("delivery", request.map(r -> Times.date(r.getExpectedDelivery()))));
        add(new Label("net", request.map(r -> Format.cny(r.getNetTotal()))));
        add(new Label("vat", request.map(r -> Format.cny(r.getVatTotal()))));
        add(new Label("gross", request.map(r -> Format.cny(r.getGrossTotal()))));
        add(new ListView<>("lines", request.map(PurchaseRequest::getLines)) {
            @Override
            protected void populateItem(ListItem<RequestLine> item) {
                RequestLine line = item.getModelObject();
                item.add(new Label("description", line.getDescription()));
                item.add(new Label("quantity", line.getQuantity() != null ? line.getQuantity() : line.getTermMonths() + " months"));
                item.add(new Label("unitPrice", Format.cny(line.getUnitPrice() != null ? line.getUnitPrice() : line.getMonthlyPrice())));
            }
        });
        IModel<ApprovalState> state = LoadableDetachableModel.of(() -> procurement().approvals().state(requestId));
        add(new Label("approvals", state.map(this::approvalsText)));
        add(impactPanel());
        add(new ListView<>("timeline", LoadableDetachableModel.of(() -> procurement().requests().timeline(requestId).stream()
                .map(e -> TimelineLine.of(e, SiteZones.current().of(request.getObject().getSiteId()), getLocale())).toList())) {
            @Override
            protected void populateItem(ListItem<TimelineLine> item) {
                TimelineLine t = item.getModelObject();
                item.add(new Label("at", t.at()));
                item.add(new Label("actor", t.actor()));
                item.add(new Label("action", t.action()));
                item.add(new Label("comment", t.comment() == null ? "" : t.comment()));
            }
        });
        add(new FeedbackPanel("feedback", message -> !(message.getReporter() instanceof FormComponent)));
        add(decisionForm());
        add(draftActions());
        add(orderForm());
        add(orderLink());
    }

    /** The order form's fields, where a refusal naming one is shown. */
    private FieldErrors orderFields;

    /** Managers and ops turn an approved equipment request into a purchase order. */
    private Form<Void> orderForm() {
        PurchaseRequest current = request.getObject();
        Model<Long> supplier = Model.of(current.getPreferredSupplier() == null ? null : current.getPreferredSupplier().getId());
        Model<String> number = Model.of((String) null);
        Model<String> date = Model.of(java.time.LocalDate.now().toString());
        Form<Void> form = new Form<>("placeOrder") {
            @Override
            protected void onSubmit() {
                placeOrder(supplier.getObject(), number.getObject(), date.getObject());
            }
        };
        IModel<List<SupplierSummary>> suppliers = LoadableDetachableModel.of(() -> procurement().suppliers().all());
        orderFields = new FieldErrors(this);
        orderFields.add(form, "supplierId", new DropDownChoice<>("supplier", supplier, suppliers.map(l -> l.stream()
                .map(SupplierSummary::id).toList()), new LambdaChoiceRenderer<>(id -> suppliers.getObject().stream()
                .filter(x -> x.id() == id).map(SupplierSummary::name).findFirst().orElse(String.valueOf(id)), choice -> String.valueOf(choice))));
        orderFields.add(form, "orderNumber", new TextField<>("orderNumber", number));
        orderFields.add(form, "orderDate", new TextField<>("orderDate", date));
        PurchaseRequest r = request.getObject();
        form.setVisible(r.getStatus() == RequestStatus.APPROVED && r.getKind() == RequestKind.EQUIPMENT
                && DcimSession.get().may(Permission.PURCHASE_ORDER));
        return form;
    }

    private void placeOrder(Long supplierId, String number, String date) {
        try {
            PurchaseOrder placed = procurement().orderFacade().place(DcimSession.get().caller(), requestId,
                    request.getObject().getVersion(), new NewOrder(supplierId, number, Inputs.requiredDate("orderDate", date)));
            getSession().success(text("order.placed", placed.getOrderNumber(), placed.getSupplier().getName()));
            setResponsePage(OrderPage.class, new PageParameters().set("id", placed.getId()));
        } catch (DomainException e) {
            orderFields.report(e);
        }
    }

    private BookmarkablePageLink<Void> orderLink() {
        java.util.Optional<PurchaseOrder> placed = procurement().orders().forRequest(requestId);
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("order", OrderPage.class,
                new PageParameters().set("id", placed.map(entity -> entity.getId()).orElse(0L)));
        link.setBody(Model.of(placed.map(o -> text("order.link", o.getOrderNumber(),
                EnumWords.word("procurement", o.getStatus(), getLocale()).toLowerCase(getLocale()))).orElse("")));
        link.setVisible(placed.isPresent());
        return link;
    }

    /** A timeline line as plain values, safe to keep in the page. */
    record TimelineLine(String at, String actor, String action, String comment) implements java.io.Serializable {
        /** On the clock of the request's site (the default site's for a request without one). */
        static TimelineLine of(TimelineEntry e, java.time.ZoneId zone, java.util.Locale locale) {
            return new TimelineLine(Times.minute(e.getOccurredAt(), zone), e.getActor(),
                    Messages.text(e.getAction().verb(), locale) + " → " + PurchaseListPage.label(e.getToStatus(), locale),
                    e.getComment());
        }
    }

    private WebMarkupContainer impactPanel() {
        IModel<ApprovalImpact> impact = LoadableDetachableModel.of(() -> procurement().approvals().impact(requestId));
        IModel<PurchaseMargin> outlook = LoadableDetachableModel.of(() -> services.economics().economicsFacade()
                .purchaseOutlook(DcimSession.get().caller(), requestId));
        WebMarkupContainer panel = new WebMarkupContainer("impact");
        panel.setVisible(DcimSession.get().may(Permission.FINANCE_VIEW));
        panel.add(new Label("capacity", impact.map(i -> text("impact.capacity", Format.count(i.capacity().servers()),
                Format.count(i.capacity().gpus()), Format.count(i.capacity().rackUnits()), String.valueOf(i.kwNeeded())))));
        panel.add(new Label("cabinets", impact.map(i -> text("impact.cabinets", i.cabinetsNeeded(), i.siteCabinetsEmpty(),
                i.siteCabinets()) + (i.fitsEmptyCabinets() ? "" : getString("impact.moreCabinets")))));
        panel.add(new Label("power", impact.map(i -> text("impact.power", String.valueOf(i.kwNeeded()),
                String.valueOf(i.siteHeadroomKw())) + (i.fitsPowerHeadroom() ? "" : getString("impact.notEnough")))));
        panel.add(new Label("depreciation", impact.map(i -> text("impact.depreciation", Format.cny(i.monthlyDepreciation()),
                String.valueOf(i.firstDepreciationMonth())))));
        panel.add(new Label("gpus", impact.map(i -> text("impact.gpus", String.format(java.util.Locale.ROOT, "%.0f",
                i.gpuUtilization() * 100), String.format(java.util.Locale.ROOT, "%.0f", i.gpuUtilizationAfter() * 100)))));
        panel.add(new Label("outlook", outlook.map(o -> (o.breakEven() == null ? text("impact.outlookNoBreakEven",
                        percent(o.targetUtilization()), Format.cny(o.revenuePerCardHour()), Format.cny(o.horizonMargin()))
                : text("impact.outlook", percent(o.targetUtilization()), Format.cny(o.revenuePerCardHour()),
                        String.valueOf(o.breakEven()), Format.cny(o.horizonMargin()))))));
        panel.add(new NonCachingImage("marginChart", new DynamicImageResource("png") {
            @Override
            protected byte[] getImageData(Attributes attributes) {
                return MarginOutlookChart.png(services.economics().economicsFacade().purchaseOutlook(DcimSession.get().caller(),
                        requestId), getLocale(), 900, 320);
            }
        }));
        panel.add(new ListView<>("outlookNotes", outlook.map(o -> o.notes(getLocale()))) {
            @Override
            protected void populateItem(ListItem<String> item) {
                item.add(new Label("note", item.getModelObject()));
            }
        });
        panel.add(new ListView<>("warnings", impact.map(i -> i.warnings(getLocale()))) {
            @Override
            protected void populateItem(ListItem<String> item) {
                item.add(new Label("warning", item.getModelObject()));
            }
        });
        return panel;
    }

    /** A share 0–1 as a whole percentage. */
    private static String percent(java.math.BigDecimal share) {
        return share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The buttons are the decisions procurement allows this user now (a requester never sees
     * Approve); the façades and the approval rules refuse the others whatever reaches them.
     */
    private Form<Void> decisionForm() {
        Model<String> comment = Model.of("");
        Form<Void> form = new Form<>("decide");
        form.add(new TextArea<>("comment", comment));
        Set<RequestAction> allowed = procurement().approvals().allowedDecisions(DcimSession.get().caller(), requestId);
        form.add(decision("submit", RequestAction.SUBMIT, comment, allowed));
        form.add(decision("approve", RequestAction.APPROVE, comment, allowed));
        form.add(decision("reject", RequestAction.REJECT, comment, allowed));
        form.add(decision("return", RequestAction.RETURN, comment, allowed));
        form.setVisible(!allowed.isEmpty());
        return form;
    }

    private Button decision(String id, RequestAction action, Model<String> comment, Set<RequestAction> allowed) {
        Button button = new Button(id) {
            @Override
            public void onSubmit() {
                decide(action, comment.getObject());
            }
        };
        button.setVisible(allowed.contains(action));
        return button;
    }

    private void decide(RequestAction action, String comment) {
        try {
            Caller caller = DcimSession.get().caller();
            int version = request.getObject().getVersion();
            switch (action) {
                case SUBMIT -> procurement().requestFacade().submit(caller, requestId, version, comment);
                case APPROVE -> procurement().approvalFacade().approve(caller, requestId, version, comment);
                case REJECT -> procurement().approvalFacade().reject(caller, requestId, version, comment);
                case RETURN -> procurement().approvalFacade().returnToRequester(caller, requestId, version, comment);
                default -> throw new IllegalArgumentException("not a decision on this page: " + action);
            }
            getSession().success(decidedText(action, procurement().approvals().state(requestId)));
            setResponsePage(PurchaseRequestPage.class, new PageParameters().set("id", requestId));
        } catch (DomainException e) {
            FieldErrors.report(this, e);
        }
    }

    /** The requester edits a draft or a returned request, and deletes a draft. */
    private WebMarkupContainer draftActions() {
        WebMarkupContainer actions = new WebMarkupContainer("draftActions");
        PurchaseRequest current = request.getObject();
        // The form edits equipment lines; outsourced compute is drafted through the API.
        boolean mayEdit = procurement().requests().mayEdit(DcimSession.get().caller(), current)
                && current.getKind() == RequestKind.EQUIPMENT;
        boolean mayDelete = procurement().requests().mayDelete(DcimSession.get().caller(), current);
        actions.add(new BookmarkablePageLink<>("edit", NewPurchaseRequestPage.class, new PageParameters().set("id", requestId))
                .setVisible(mayEdit));
        Form<Void> delete = new Form<>("delete") {
            @Override
            protected void onSubmit() {
                try {
                    procurement().requestFacade().delete(DcimSession.get().caller(), requestId, request.getObject().getVersion());
                    getSession().success(text("deleted", requestId));
                    setResponsePage(PurchaseListPage.class);
                } catch (DomainException e) {
                    FieldErrors.report(PurchaseRequestPage.this, e);
                }
            }
        };
        delete.setVisible(mayDelete);
        actions.add(delete);
        actions.setVisible(mayEdit || mayDelete);
        return actions;
    }

    /** "Will need 2 approvals once submitted", "1 of 2 approvals: mgr-a", "2 of 2 approvals: mgr-a, mgr-b". */
    private String approvalsText(ApprovalState s) {
        if (s.status().isEditable()) {
            return text("approvals.willNeed", s.required());
        }
        if (s.approvedBy().isEmpty()) {
            return text("approvals.none", s.required());
        }
        return text("approvals.of", s.approvedBy().size(), s.required(), String.join(", ", s.approvedBy()));
    }

    /** After an approval that is not the last one, how many there are and how many are needed. */
    private String decidedText(RequestAction action, ApprovalState after) {
        if (action == RequestAction.APPROVE && after.status() == RequestStatus.SUBMITTED) {
            return text("decided.partly", after.approvedBy().size(), after.required());
        }
        return text("decided", PurchaseListPage.label(after.status(), getLocale()));
    }

    private String text(String key, Object... arguments) {
        return new StringResourceModel(key, this).setParameters(arguments).getString();
    }

    private ProcurementServices procurement() {
        return services.procurement();
    }

    @Override
    protected String title() {
        return request.getObject().getTitle();
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.purchases"), PurchaseListPage.class, new PageParameters()),
                Crumb.here("#" + requestId));
    }

    @Override
    protected void onDetach() {
        request.detach();
        super.onDetach();
    }
}
