package io.dcim.console.cabling;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.Messages;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.inventory.fabric.FabricRequest;
import io.dcim.inventory.fabric.FabricSelection;
import io.dcim.inventory.fabric.FabricWriteReport;
import io.dcim.inventory.fabric.PlannedCable;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.danekja.java.util.function.serializable.SerializableSupplier;

/**
 * Lays the page's plan onto a site's devices: the reader picks the site (and a room, and text the
 * servers' or switches' asset tags or names contain), previews the devices chosen, the first cables
 * and every cable the cabling rules would refuse, then writes them all as PLANNED cables in one
 * transaction, or nothing. Shown to those who may cable ({@code cable.edit}); the workbook of the
 * plan on these devices downloads from here too.
 */
class FabricWritePanel extends Panel {

    static final int PREVIEW_ROWS = 20;

    @Inject
    private Services services;

    /** What the form edits. */
    static final class Choice implements Serializable {
        Long siteId;
        Long roomId;
        String serverMatch;
        String switchMatch;
        String labelPrefix = FabricSelection.DEFAULT_PREFIX;
    }

    private final SerializableSupplier<FabricRequest> request;
    private final Choice choice = new Choice();
    /** The last preview or write, kept small: the first rows and at most the listed refusals. */
    private final Model<FabricWriteReport> report = new Model<>();

    FabricWritePanel(String id, SerializableSupplier<FabricRequest> request) {
        super(id);
        this.request = request;
        add(form());
        add(result());
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(DcimSession.get().may(Permission.CABLE_EDIT));
    }

    private Form<Void> form() {
        Form<Void> form = new Form<>("layForm");
        FieldErrors errors = new FieldErrors(form);
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());
        IModel<List<Room>> rooms = LoadableDetachableModel.of(() -> choice.siteId == null ? List.of()
                : services.sites().rooms(choice.siteId));
        if (choice.siteId == null && !sites.getObject().isEmpty()) {
            choice.siteId = sites.getObject().get(0).getId();
        }
        errors.add(form, "siteId", new DropDownChoice<>("site", LambdaModel.of(() -> choice.siteId, v -> choice.siteId = v),
                sites.map(l -> l.stream().map(Site::getId).toList()), new LambdaChoiceRenderer<>(
                        v -> sites.getObject().stream().filter(s -> Objects.equals(s.getId(), v)).map(Site::getName)
                                .findFirst().orElse(String.valueOf(v)), choice -> String.valueOf(choice))).setRequired(true));
        errors.add(form, "roomId", new DropDownChoice<>("room", LambdaModel.of(() -> choice.roomId, v -> choice.roomId = v),
                rooms.map(l -> l.stream().map(Room::getId).toList()), new LambdaChoiceRenderer<>(
                        v -> rooms.getObject().stream().filter(r -> Objects.equals(r.getId(), v)).map(Room::getName)
                                .findFirst().orElse(String.valueOf(v)), choice -> String.valueOf(choice))).setNullValid(true));
        errors.add(form, "serverMatch", new TextField<>("serverMatch", LambdaModel.of(() -> choice.serverMatch,
                v -> choice.serverMatch = v)));
        errors.add(form, "switchMatch", new TextField<>("switchMatch", LambdaModel.of(() -> choice.switchMatch,
                v -> choice.switchMatch = v)));
        errors.add(form, "labelPrefix", new TextField<>("labelPrefix", LambdaModel.of(() -> choice.labelPrefix,
                v -> choice.labelPrefix = v)));
        form.add(new Button("preview") {
            @Override
            public void onSubmit() {
                run(errors, false);
            }
        });
        form.add(new Button("write") {
            @Override
            public void onSubmit() {
                run(errors, true);
            }
        });
        return form;
    }

    private void run(FieldErrors errors, boolean write) {
        report.setObject(null);
        try {
            FabricSelection selection = selection();
            Caller caller = DcimSession.get().caller();
            FabricWriteReport done = write
                    ? services.cabling().fabric().writePlanned(caller, request.get(), selection, PREVIEW_ROWS)
                    : services.cabling().fabric().previewWrite(caller, request.get(), selection, PREVIEW_ROWS);
            report.setObject(done);
            if (done.written()) {
                success(getString("lay.written", Model.ofMap(Map.of("count", Format.count(done.cables())))));
            } else if (!done.isValid()) {
                error(getString("lay.refused", Model.ofMap(Map.of("count", Format.count(done.refused())))));
            }
        } catch (DomainException e) {
            errors.report(e);
        }
    }

    private FabricSelection selection() {
        return new FabricSelection(choice.siteId, choice.roomId, choice.serverMatch, choice.switchMatch,
                choice.labelPrefix);
    }

    private WebMarkupContainer result() {
        WebMarkupContainer result = new WebMarkupContainer("result") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(report.getObject() != null);
            }
        };
        IModel<FabricWriteReport> r = report;
        result.add(new Label("servers", r.map(x -> Format.count(x.devices().servers().size()))));
        result.add(new Label("leaves", r.map(x -> Format.count(x.devices().leaves().size()))));
        result.add(new Label("spines", r.map(x -> Format.count(x.devices().spines().size()))));
        result.add(new Label("superSpines", r.map(x -> Format.count(x.devices().superSpines().size()))));
        result.add(new Label("cables", r.map(x -> Format.count(x.cables()))));
        result.add(new Label("refused", r.map(x -> Format.count(x.refused()))));
        result.add(new ListView<>("rows", r.map(FabricWriteReport::firstRows)) {
            @Override
            protected void populateItem(ListItem<PlannedCable> item) {
                populateCable(item, item.getModelObject());
            }
        });
        result.add(new ListView<>("refusals", r.map(FabricWriteReport::refusals)) {
            @Override
            protected void populateItem(ListItem<FabricWriteReport.Refusal> item) {
                populateCable(item, item.getModelObject().cable());
                item.add(new Label("why", Messages.text(item.getModelObject().why(), getLocale())));
            }
        });
        result.add(new ResourceLink<>("workbook", new FabricWorkbookResource(request,
                () -> report.getObject() == null ? null : selection())));
        result.add(new BookmarkablePageLink<>("cableList", CableListPage.class) {
            @Override
            public PageParameters getPageParameters() {
                return new PageParameters().set("label", selection().labelPrefix() + "-");
            }
        });
        return result;
    }

    private void populateCable(ListItem<?> item, PlannedCable c) {
        item.add(new Label("label", c.label()));
        item.add(new Label("tier", getString("tier." + c.tier().name())));
        item.add(new Label("from", c.fromDevice() + " · " + c.fromPort()));
        item.add(new Label("to", c.toDevice() + " · " + c.toPort()));
        item.add(new Label("type", CableText.of(this, c.type())));
    }
}
