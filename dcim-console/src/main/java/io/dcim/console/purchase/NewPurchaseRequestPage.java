package io.dcim.console.purchase;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Found;
import io.dcim.console.layout.UrlParams;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.site.Site;
import io.dcim.procurement.request.CapacityAdded;
import io.dcim.procurement.request.LineAmounts;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.PurchaseRequestFacade;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.request.RequestKind;
import io.dcim.procurement.request.RequestLine;
import io.dcim.procurement.supplier.SupplierSummary;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.form.AjaxFormComponentUpdatingBehavior;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A new equipment purchase request, or with {@code ?id=} the requester's draft (or returned
 * request) to change: lines of catalog model × quantity × unit price (net, CNY) with their VAT
 * rate, and as the lines change the totals to the fen and the capacity they add (servers, GPUs,
 * rack units, typical kW: procurement's {@code capacityOf}, one rule for the form, the saved
 * request and the approvers). Saved as a draft the requester then submits, through
 * procurement's request façade, which checks {@code purchase.request} whatever this page shows.
 * A new request needs that permission to open; a saved one opens for whom {@code mayEdit} says.
 */
@AuthorizeInstantiation("purchase.request")
public class NewPurchaseRequestPage extends BasePage {

    @Inject
    private Services services;

    static final int LINES = 6;
    private static final BigDecimal DEFAULT_VAT = new BigDecimal("0.13");

    /** One editable line, plain values only. */
    static final class Line implements Serializable {
        Long modelId;
        Integer quantity;
        BigDecimal unitPrice;
        BigDecimal vatRate = DEFAULT_VAT;
        /** Kept from the saved line while its model stays the same (the form does not show them). */
        Long savedModelId;
        String savedDescription;
        Integer savedWarrantyMonths;

        static Line of(RequestLine saved) {
            Line line = new Line();
            line.modelId = saved.getDeviceModelId();
            line.quantity = saved.getQuantity();
            line.unitPrice = saved.getUnitPrice();
            line.vatRate = saved.getVatRate();
            line.savedModelId = saved.getDeviceModelId();
            line.savedDescription = saved.getDescription();
            line.savedWarrantyMonths = saved.getWarrantyMonths();
            return line;
        }

        LineInput input() {
            boolean sameModel = modelId != null && modelId.equals(savedModelId);
            return new LineInput(sameModel ? savedDescription : null, Objects.requireNonNullElse(modelId, -1L),
                    Objects.requireNonNullElse(quantity, 0), unitPrice, sameModel ? savedWarrantyMonths : null, null, null,
                    null, null, vatRate);
        }

        /** The line as typed so far, for the capacity it would add: nothing filled in for it. */
        LineInput typed() {
            return new LineInput(null, modelId, quantity, unitPrice, null, null, null, null, null, vatRate);
        }

        boolean isBlank() {
            return modelId == null && quantity == null && unitPrice == null;
        }
    }

    private final Model<String> title = Model.of("");
    private final Model<String> justification = Model.of("");
    private final Model<Long> site = Model.of((Long) null);
    private final Model<Long> supplier = Model.of((Long) null);
    private final Model<String> delivery = Model.of(LocalDate.now().plusDays(60).toString());
    private final List<Line> lines = new ArrayList<>(IntStream.range(0, LINES).mapToObj(i -> new Line()).toList());
    private FieldErrors fields;
    /** The request being changed, or null for a new one. */
    private final Long requestId;
    private Integer versionShown;

    public NewPurchaseRequestPage(PageParameters parameters) {
        super(parameters);
        this.requestId = UrlParams.longParam(parameters, "id");
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services().sites().sites());
        site.setObject(sites.getObject().stream().findFirst().map(entity -> entity.getId()).orElse(null));
        if (requestId != null) {
            fillFrom(savedRequest());
        }
        IModel<Map<Long, DeviceModel>> models = LoadableDetachableModel.of(() -> services().catalog().deviceModels().stream()
                .collect(Collectors.toMap(entity -> entity.getId(), Function.identity())));

        WebMarkupContainer totals = totals();
        // Refusals of a field are shown beside it; the rest (lines, the request as a whole) here.
        add(new FeedbackPanel("feedback", message -> !(message.getReporter() instanceof FormComponent)));

        Form<Void> form = new Form<>("form") {
            @Override
            protected void onSubmit() {
                save();
            }
        };
        add(form);
        fields = new FieldErrors(this);
        fields.add(form, "title", new TextField<>("title", title));
        fields.add(form, "justification", new TextArea<>("justification", justification));
        fields.add(form, "siteId", idChoice("site", site, sites.map(l -> l.stream().map(entity -> entity.getId()).toList()),
                id -> sites.getObject().stream().filter(s -> s.getId().equals(id)).map(Site::getName).findFirst().orElse("")));
        IModel<List<SupplierSummary>> suppliers = LoadableDetachableModel.of(() -> services().procurement().suppliers().all());
        fields.add(form, "preferredSupplierId", idChoice("supplier", supplier, suppliers.map(l -> l.stream()
                        .map(SupplierSummary::id).toList()),
                id -> suppliers.getObject().stream().filter(s -> s.id() == id).map(SupplierSummary::name).findFirst().orElse(""))
                .setNullValid(true));
        fields.add(form, "expectedDelivery", new TextField<>("delivery", delivery));
        form.add(lines(models, totals).setReuseItems(true));
        form.add(totals);
    }

    /** Net, VAT, gross and the capacity the lines add, redrawn as the lines are typed. */
    private WebMarkupContainer totals() {
        WebMarkupContainer totals = new WebMarkupContainer("totals");
        totals.setOutputMarkupId(true);
        totals.add(new Label("net", () -> Format.cny(amounts().net())));
        totals.add(new Label("vat", () -> Format.cny(amounts().vat())));
        totals.add(new Label("gross", () -> Format.cny(amounts().gross())));
        totals.add(new Label("capacity", this::capacity));
        return totals;
    }

    private ListView<Line> lines(IModel<Map<Long, DeviceModel>> models, WebMarkupContainer totals) {
        return new ListView<>("lines", lines) {
            @Override
            protected void populateItem(ListItem<Line> item) {
                Line line = item.getModelObject();
                item.add(live(idChoice("model", LambdaModel.of(() -> line.modelId, v -> line.modelId = v),
                        models.map(m -> m.values().stream().filter(d -> d.getKind().name().endsWith("SERVER")
                                        || d.getKind().name().equals("NETWORK_SWITCH") || d.getKind().name().equals("STORAGE"))
                                .map(entity -> entity.getId()).sorted().toList()),
                        id -> models.getObject().get(id).getDisplayName()).setNullValid(true), totals));
                item.add(live(new TextField<>("quantity", LambdaModel.of(() -> line.quantity, v -> line.quantity = v),
                        Integer.class), totals));
                item.add(live(new TextField<>("unitPrice", LambdaModel.of(() -> line.unitPrice, v -> line.unitPrice = v),
                        BigDecimal.class), totals));
                item.add(live(new TextField<>("vatRate", LambdaModel.of(() -> line.vatRate, v -> line.vatRate = v),
                        BigDecimal.class), totals));
            }
        };
    }

    private PurchaseRequest savedRequest() {
        PurchaseRequest saved = Found.or404(() -> services().procurement().requests().find(requestId));
        // The form edits equipment lines; the rule of who may edit is procurement's.
        if (saved.getKind() != RequestKind.EQUIPMENT
                || !services().procurement().requests().mayEdit(DcimSession.get().caller(), saved)) {
            throw new UnauthorizedInstantiationException(NewPurchaseRequestPage.class);
        }
        return saved;
    }

    private void fillFrom(PurchaseRequest saved) {
        versionShown = saved.getVersion();
        title.setObject(saved.getTitle());
        justification.setObject(saved.getJustification());
        site.setObject(saved.getSiteId());
        supplier.setObject(saved.getPreferredSupplier() == null ? null : saved.getPreferredSupplier().getId());
        delivery.setObject(saved.getExpectedDelivery() == null ? null : saved.getExpectedDelivery().toString());
        lines.clear();
        saved.getLines().stream().map(Line::of).forEach(lines::add);
        while (lines.size() < LINES) {
            lines.add(new Line());
        }
    }

    private static DropDownChoice<Long> idChoice(String id, IModel<Long> model, IModel<List<Long>> ids,
            org.danekja.java.util.function.serializable.SerializableFunction<Long, String> name) {
        return new DropDownChoice<>(id, model, ids, new LambdaChoiceRenderer<>(name, choice -> String.valueOf(choice)));
    }

    /** Recomputes the totals as soon as a line's field changes. */
    private static <T extends FormComponent<?>> T live(T field, WebMarkupContainer totals) {
        field.add(new AjaxFormComponentUpdatingBehavior("change") {
            @Override
            protected void onUpdate(AjaxRequestTarget target) {
                target.add(totals);
            }

            @Override
            protected void onError(AjaxRequestTarget target, RuntimeException e) {
                target.add(totals);
            }
        });
        return field;
    }

    private List<Line> filled() {
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }

    /** The same arithmetic as the saved request: each line rounded to the fen, then summed. */
    private LineAmounts amounts() {
        LineAmounts sum = LineAmounts.ZERO;
        for (Line line : filled()) {
            if (line.quantity != null && line.unitPrice != null && line.vatRate != null) {
                sum = sum.plus(LineAmounts.of(line.quantity, line.unitPrice, line.vatRate));
            }
        }
        return sum;
    }

    /** What the lines add, by procurement's rule: the same the saved request and the approvers' impact show. */
    private String capacity() {
        CapacityAdded added = services().procurement().requests().capacityOf(filled().stream().map(Line::typed).toList());
        return new StringResourceModel("adds", this).setParameters(Format.count(added.servers()),
                Format.count(added.gpus()), Format.count(added.rackUnits()), Format.kw(added.typicalW())).getString();
    }

    private void save() {
        try {
            List<LineInput> inputs = filled().stream().map(Line::input).toList();
            RequestDraft draft = RequestDraft.equipment(title.getObject(), justification.getObject(),
                    Objects.requireNonNullElse(site.getObject(), -1L), inputs)
                    .withDelivery(parseDate(delivery.getObject()), null, supplier.getObject());
            PurchaseRequestFacade requests = services().procurement().requestFacade();
            PurchaseRequest saved = requestId == null ? requests.create(DcimSession.get().caller(), draft)
                    : requests.edit(DcimSession.get().caller(), requestId, versionShown, draft);
            getSession().success(getString(requestId == null ? "savedAsDraft" : "changesSaved"));
            setResponsePage(PurchaseRequestPage.class, new PageParameters().set("id", saved.getId()));
        } catch (DomainException e) {
            fields.report(e);
        }
    }

    private static LocalDate parseDate(String text) {
        return Inputs.date("expectedDelivery", text);
    }

    private Services services() {
        return services;
    }

    @Override
    protected String title() {
        return requestId == null ? getString("title.new") : title.getObject();
    }

    @Override
    protected List<Crumb> crumbs() {
        return requestId == null
                ? List.of(Crumb.to(getString("crumb.purchases"), PurchaseListPage.class, new PageParameters()), Crumb.here(getString("crumb.new")))
                : List.of(Crumb.to(getString("crumb.purchases"), PurchaseListPage.class, new PageParameters()),
                        Crumb.to("#" + requestId, PurchaseRequestPage.class, new PageParameters().set("id", requestId)),
                        Crumb.here(getString("crumb.edit")));
    }
}
