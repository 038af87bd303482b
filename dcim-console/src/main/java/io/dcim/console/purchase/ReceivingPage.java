package io.dcim.console.purchase;

import io.dcim.app.ProcurementServices;
import io.dcim.app.Services;
import io.dcim.app.transfer.Uploads;
import io.dcim.common.access.Caller;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.power.EnumWords;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Texts;
import io.dcim.inventory.device.Face;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.receiving.DeliveryRefusedException;
import io.dcim.procurement.receiving.Receipt;
import io.dcim.procurement.receiving.ReceiptResult;
import io.dcim.procurement.receiving.ReceivedUnit;
import io.dcim.procurement.receiving.UnitProblem;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.lang.Bytes;

/**
 * Records a delivery against an order: units typed into a grid (order line, asset tag, serial,
 * GPU serials, and the room, cabinet, U and face when already known) or the supplier's packing list
 * uploaded as CSV or XLSX. The delivery is received whole or not at all: every refused row is
 * listed with its column and reason.
 */
@AuthorizeInstantiation("purchase.receive")
public class ReceivingPage extends BasePage {

    @Inject
    private Services services;

    static final int ROWS_AT_START = 5;
    static final int ROWS_ADDED = 5;
    private static final Pattern UNIT_FIELD = Pattern.compile("units\\[(\\d+)]\\.?(.*)");

    private final long orderId;
    private final IModel<PurchaseOrder> order;
    private final List<GridRow> rows = new ArrayList<>();
    private final List<ProblemRow> problems = new ArrayList<>();
    private String problemsSource = "";

    public ReceivingPage(PageParameters parameters) {
        super(parameters);
        this.order = OrderModel.of(parameters, "order", services);
        this.orderId = order.getObject().getId();
        int firstLine = order.getObject().getLines().stream().filter(l -> l.outstanding() > 0).findFirst()
                .map(l -> l.getLineNo()).orElse(1);
        for (int i = 0; i < ROWS_AT_START; i++) {
            rows.add(new GridRow(firstLine));
        }
        add(new ListView<>("outstanding", order.map(o -> o.getLines().stream().map(OrderPage.LineRow::of).toList())) {
            @Override
            protected void populateItem(ListItem<OrderPage.LineRow> item) {
                OrderPage.LineRow line = item.getModelObject();
                item.add(new Label("lineNo", line.lineNo()));
                item.add(new Label("description", line.description()));
                item.add(new Label("outstanding", Texts.of(this, "outstandingOf", "outstanding", Format.count(line.outstanding()),
                        "quantity", Format.count(line.quantity()))));
            }
        });
        add(new FeedbackPanel("feedback"));
        add(problemTable());
        add(gridForm());
        add(uploadForm());
    }

    /** One grid row as typed. Blank rows are skipped. */
    static final class GridRow implements Serializable {
        Integer line;
        String assetTag;
        String serial;
        String gpuSerials;
        /** Picked from the order site's rooms: cabinet names repeat across halls. */
        String room;
        String cabinet;
        String positionU;
        Face face = Face.FRONT;

        GridRow(Integer line) {
            this.line = line;
        }

        boolean isBlank() {
            return blank(assetTag) && blank(serial) && blank(gpuSerials) && blank(cabinet) && blank(positionU);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** A refused row as the table shows it. */
    record ProblemRow(int row, String column, String message) implements Serializable {
    }

    private Form<Void> gridForm() {
        Model<String> receivedOn = Model.of(LocalDate.now().toString());
        Model<String> note = Model.of((String) null);
        Form<Void> form = new Form<>("grid");
        form.add(new TextField<>("receivedOn", receivedOn));
        form.add(new TextField<>("note", note));
        IModel<List<OrderPage.LineRow>> lines = order.map(o -> o.getLines().stream().map(OrderPage.LineRow::of).toList());
        IModel<List<String>> rooms = LoadableDetachableModel.of(() -> procurement().receiving().rooms(orderId));
        ListView<GridRow> grid = new ListView<>("rows", rows) {
            @Override
            protected void populateItem(ListItem<GridRow> item) {
                GridRow row = item.getModelObject();
                item.add(new Label("number", item.getIndex() + 1));
                item.add(new DropDownChoice<>("line", LambdaModel.of(() -> row.line, v -> row.line = v),
                        lines.map(l -> l.stream().map(OrderPage.LineRow::lineNo).toList()),
                        new LambdaChoiceRenderer<Integer>(n -> n + " — " + lines.getObject().stream()
                                .filter(l -> l.lineNo() == n).map(OrderPage.LineRow::description).findFirst().orElse(""),
                                choice -> String.valueOf(choice))));
                item.add(new TextField<>("assetTag", LambdaModel.of(() -> row.assetTag, v -> row.assetTag = v)));
                item.add(new TextField<>("serial", LambdaModel.of(() -> row.serial, v -> row.serial = v)));
                item.add(new TextField<>("gpuSerials", LambdaModel.of(() -> row.gpuSerials, v -> row.gpuSerials = v)));
                DropDownChoice<String> room = new DropDownChoice<>("room", LambdaModel.of(() -> row.room, v -> row.room = v),
                        rooms);
                room.setNullValid(true);
                item.add(room);
                item.add(new TextField<>("cabinet", LambdaModel.of(() -> row.cabinet, v -> row.cabinet = v)));
                item.add(new TextField<>("positionU", LambdaModel.of(() -> row.positionU, v -> row.positionU = v)));
                item.add(new DropDownChoice<>("face", LambdaModel.of(() -> row.face, v -> row.face = v),
                        List.of(Face.FRONT, Face.REAR), new EnumChoiceRenderer<>(ReceivingPage.this)));
            }
        };
        grid.setReuseItems(true);
        form.add(grid);
        form.add(new Button("addRows") {
            @Override
            public void onSubmit() {
                Integer line = rows.isEmpty() ? Integer.valueOf(1) : rows.get(rows.size() - 1).line;
                for (int i = 0; i < ROWS_ADDED; i++) {
                    rows.add(new GridRow(line));
                }
                grid.removeAll();
            }
        });
        form.add(new Button("receive") {
            @Override
            public void onSubmit() {
                receiveGrid(receivedOn.getObject(), note.getObject());
            }
        });
        return form;
    }

    private Form<Void> uploadForm() {
        Model<String> receivedOn = Model.of(LocalDate.now().toString());
        Model<String> note = Model.of((String) null);
        FileUploadField file = new FileUploadField("file");
        Form<Void> form = new Form<>("upload");
        form.setMultiPart(true);
        form.setMaxSize(Bytes.bytes(Uploads.MAX_BYTES));
        form.add(file);
        form.add(new TextField<>("receivedOn", receivedOn));
        form.add(new TextField<>("note", note));
        form.add(new Button("receiveFile") {
            @Override
            public void onSubmit() {
                receiveFile(file.getFileUpload(), receivedOn.getObject(), note.getObject());
            }
        });
        return form;
    }

    private WebMarkupContainer problemTable() {
        WebMarkupContainer table = new WebMarkupContainer("problemTable") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!problems.isEmpty());
            }
        };
        table.add(new Label("source", () -> problemsSource));
        table.add(new ListView<>("problems", () -> problems) {
            @Override
            protected void populateItem(ListItem<ProblemRow> item) {
                item.add(new Label("row", item.getModelObject().row()));
                item.add(new Label("column", item.getModelObject().column() == null ? "" : item.getModelObject().column()));
                item.add(new Label("message", item.getModelObject().message()));
            }
        });
        return table;
    }

    private void receiveGrid(String receivedOnText, String note) {
        problems.clear();
        List<ReceivedUnit> units = new ArrayList<>();
        List<Integer> rowOfUnit = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            GridRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            Integer position;
            try {
                position = Inputs.whole("positionU", row.positionU);
            } catch (DomainException e) {
                problems.add(new ProblemRow(i + 1, "U", new StringResourceModel("notAUnit", this)
                        .setParameters(row.positionU.trim()).getString()));
                continue;
            }
            units.add(new ReceivedUnit(row.line == null ? 0 : row.line, row.assetTag, row.serial,
                    io.dcim.procurement.receiving.PackingList.gpuSerialsOf(row.gpuSerials), row.room, row.cabinet, position,
                    row.face));
            rowOfUnit.add(i + 1);
        }
        problemsSource = getString("source.grid");
        if (!problems.isEmpty()) {
            error(new StringResourceModel("rowsNeedFixing", this).setParameters(problems.size()).getString());
            return;
        }
        if (units.isEmpty()) {
            error(getString("noUnits"));
            return;
        }
        try {
            LocalDate receivedOn = Inputs.requiredDate("receivedOn", receivedOnText);
            done(procurement().receivingFacade().receive(me(), orderId, new Receipt(receivedOn, note, units)));
        } catch (DomainException e) {
            refused(e, unit -> rowOfUnit.get(unit - 1));
        }
    }

    private void receiveFile(FileUpload upload, String receivedOnText, String note) {
        problems.clear();
        problemsSource = getString("source.file");
        if (upload == null) {
            error(getString("noFile"));
            return;
        }
        byte[] content = upload.getBytes();
        try {
            LocalDate receivedOn = Inputs.requiredDate("receivedOn", receivedOnText);
            done(procurement().receivingFacade().receivePackingList(me(), orderId, receivedOn, note, content));
        } catch (DomainException e) {
            // A packing list's refusals carry the file line of each unit.
            refused(e, unit -> unit + 1);
        }
    }

    /** Lists the refused units by row, or shows the refusal that concerns the delivery as a whole. */
    private void refused(DomainException e, IntUnaryOperator rowOfUnit) {
        if (e instanceof DeliveryRefusedException refused) {
            for (UnitProblem p : refused.problems()) {
                problems.add(new ProblemRow(p.line() != null ? p.line() : rowOfUnit.applyAsInt(p.unit()), p.column(),
                        p.message()));
            }
            error(new StringResourceModel("refused", this).setParameters(refused.problems().size()).getString());
            return;
        }
        Matcher unit = e.field() == null ? null : UNIT_FIELD.matcher(e.field());
        if (unit != null && unit.matches()) {
            String message = FieldErrors.sentence(e);
            problems.add(new ProblemRow(rowOfUnit.applyAsInt(Integer.parseInt(unit.group(1)) + 1),
                    unit.group(2).isEmpty() ? null : unit.group(2), message));
            error(getString("refusedOne"));
            return;
        }
        FieldErrors.report(this, e);
    }

    private void done(ReceiptResult result) {
        getSession().info(new StringResourceModel("received", this).setParameters(result.deviceIds().size(), result.gpus(),
                EnumWords.word("procurement", result.orderStatus(), getLocale()).toLowerCase(getLocale())).getString());
        setResponsePage(OrderPage.class, new PageParameters().set("id", orderId));
    }

    private static Caller me() {
        return DcimSession.get().caller();
    }

    private ProcurementServices procurement() {
        return services.procurement();
    }

    /** For tests: the refused rows now listed. */
    List<ProblemRow> problems() {
        return List.copyOf(problems);
    }

    @Override
    protected String title() {
        return new StringResourceModel("title", this).setParameters(order.getObject().getOrderNumber()).getString();
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.purchases"), PurchaseListPage.class, new PageParameters()),
                Crumb.to(order.getObject().getOrderNumber(), OrderPage.class, new PageParameters().set("id", orderId)),
                Crumb.here(getString("crumb.receive")));
    }

    @Override
    protected void onDetach() {
        order.detach();
        super.onDetach();
    }
}
