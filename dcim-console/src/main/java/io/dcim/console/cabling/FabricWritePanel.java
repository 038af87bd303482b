package io.dcim.console.cabling;

import io.dcim.app.Services;
import io.dcim.app.transfer.FabricWriteJob;
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
import java.util.Optional;
import java.time.Duration;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.AjaxSelfUpdatingTimerBehavior;
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
    /** The background preview or write the panel follows (found again by its id); its report is kept there. */
    private String jobId;
    /** Whether the last job's refusal has been put beside its field (once, when the job is seen ended). */
    private boolean refusalShown;
    private FieldErrors errors;
    private Form<Void> form;
    /** The last preview or write: the first rows and at most the listed refusals. */
    private final IModel<FabricWriteReport> report = () -> job().filter(FabricWriteJob::isDone)
            .map(FabricWriteJob::report).orElse(null);
    /** Polls the job; stopped when it ends, started again by the next one. */
    private AjaxSelfUpdatingTimerBehavior polling;

    FabricWritePanel(String id, SerializableSupplier<FabricRequest> request) {
        super(id);
        this.request = request;
        add(form = form());
        add(outcome());
    }

    private Optional<FabricWriteJob> job() {
        return services.importJobs().findFabric(jobId);
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(DcimSession.get().may(Permission.CABLE_EDIT));
    }

    private Form<Void> form() {
        Form<Void> form = new Form<>("layForm");
        form.setOutputMarkupId(true);
        errors = new FieldErrors(form);
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());
        IModel<List<Room>> rooms = LoadableDetachableModel.of(() -> choice.siteId == null ? List.of()
                : services.sites().rooms(choice.siteId));
        if (choice.siteId == null && !sites.getObject().isEmpty()) {
            choice.siteId = sites.getObject().get(0).getId();
        }
        errors.add(form, "siteId", new DropDownChoice<>("site", LambdaModel.of(() -> choice.siteId, v -> choice.siteId = v),
                sites.map(l -> l.stream().map(entity -> entity.getId()).toList()), new LambdaChoiceRenderer<>(
                        v -> sites.getObject().stream().filter(s -> Objects.equals(s.getId(), v)).map(Site::getName)
                                .findFirst().orElse(String.valueOf(v)), choice -> String.valueOf(choice))).setRequired(true));
        errors.add(form, "roomId", new DropDownChoice<>("room", LambdaModel.of(() -> choice.roomId, v -> choice.roomId = v),
                rooms.map(l -> l.stream().map(entity -> entity.getId()).toList()), new LambdaChoiceRenderer<>(
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
                run(false);
            }
        });
        form.add(new Button("write") {
            @Override
            public void onSubmit() {
                run(true);
            }
        });
        return form;
    }

    /**
     * Queues the preview or the write as a background job (a plan of tens of thousands of cables takes a minute to
     * check and write): the panel then shows where it is until it ends, and its report after.
     */
    private void run(boolean write) {
        try {
            jobId = services.importJobs().startFabric(DcimSession.get().caller(), request.get(), selection(),
                    PREVIEW_ROWS, write, null).id();
            refusalShown = false;
            polling.restart(null);
        } catch (DomainException e) {
            errors.report(e);
        }
    }

    /** Said once the job ended: what it wrote or found, or why it broke. */
    private String endedText(FabricWriteJob job) {
        FabricWriteReport done = job.report();
        if (done == null) {
            return job.refusal() != null ? "" : text("lay.failed", job.failure());
        }
        if (done.written()) {
            return getString("lay.written", Model.ofMap(Map.of("count", Format.count(done.cables()))));
        }
        if (!done.isValid()) {
            return getString("lay.refused", Model.ofMap(Map.of("count", Format.count(done.refused()))));
        }
        return getString("lay.checked", Model.ofMap(Map.of("count", Format.count(done.cables()))));
    }

    private String stateText() {
        return job().map(j -> {
            if (j.isDone()) {
                return endedText(j);
            }
            if (!j.laid()) {
                return getString("lay.laying");
            }
            int cables = j.write() ? j.totalRows() / 2 : j.totalRows();
            boolean writing = j.rowsDone() >= cables && j.write();
            return text(writing ? "lay.writing" : "lay.checking", Format.count(writing ? j.rowsDone() - cables
                    : j.rowsDone()), Format.count(cables));
        }).orElse("");
    }

    private String text(String key, Object... arguments) {
        return new org.apache.wicket.model.StringResourceModel(key, this).setParameters(arguments).getString();
    }

    /** Where the job is, a bar, and its report once it ended; polled every half second while it runs. */
    private WebMarkupContainer outcome() {
        WebMarkupContainer outcome = new WebMarkupContainer("outcome");
        outcome.setOutputMarkupId(true);
        polling = new AjaxSelfUpdatingTimerBehavior(Duration.ofMillis(500)) {
            @Override
            protected void onPostProcessTarget(AjaxRequestTarget target) {
                Optional<FabricWriteJob> job = job();
                if (job.map(FabricWriteJob::isDone).orElse(true)) {
                    stop(target);
                    showRefusal();
                    target.add(form);
                }
            }
        };
        outcome.add(polling);
        WebMarkupContainer progress = new WebMarkupContainer("job") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(job().isPresent());
            }
        };
        progress.add(new Label("state", this::stateText));
        WebMarkupContainer fill = new WebMarkupContainer("fill");
        fill.add(AttributeModifier.replace("style", () -> "width:" + job().map(FabricWriteJob::percentDone).orElse(0)
                + "%"));
        progress.add(fill);
        outcome.add(progress);
        outcome.add(result());
        return outcome;
    }

    @Override
    protected void onBeforeRender() {
        showRefusal();
        super.onBeforeRender();
    }

    /** A request refused as a whole (too few switches for the plan…) stands beside the field it names. */
    private void showRefusal() {
        job().filter(j -> j.isDone() && j.refusal() != null && !refusalShown).ifPresent(j -> {
            refusalShown = true;
            errors.report(j.refusal());
        });
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
