package io.dcim.console.transfer;

import io.dcim.app.transfer.BackgroundImport;
import io.dcim.console.layout.Format;
import io.dcim.inventory.transfer.ImportOutcome;
import io.dcim.inventory.transfer.RowProblem;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.AjaxSelfUpdatingTimerBehavior;
import org.apache.wicket.behavior.Behavior;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.border.Border;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.StringResourceModel;
import org.danekja.java.misc.serializable.SerializableRunnable;
import org.danekja.java.util.function.serializable.SerializableBooleanSupplier;
import org.danekja.java.util.function.serializable.SerializableFunction;
import org.danekja.java.util.function.serializable.SerializableSupplier;

/**
 * A background check or import of an upload followed on its page: the file's name, a sentence and a bar saying
 * where it is (polled every half second until the job ends), and the refused lines. What follows a job (a button
 * to import what was checked, a link to what was imported) is the page's own markup inside this border, added by
 * {@link #addConfirm} and {@link #addWrittenLink}. The page's bundle says {@code state.checking},
 * {@code state.importing}, {@code state.progress} and {@code state.failed}, and how a finished job reads.
 *
 * @param <R> the report of the page's jobs
 */
public class ImportJobBorder<R extends ImportOutcome> extends Border {

    private final SerializableSupplier<Optional<? extends BackgroundImport<R>>> job;
    private final SerializableFunction<R, String> finished;
    /** Polls the job; it stops when a job ends and must start again for the next one. */
    private final AjaxSelfUpdatingTimerBehavior progress;

    /**
     * @param job           the page's current job, if any (found again by the id the page keeps)
     * @param problemsShown how many refused lines are listed at most
     * @param finished      what a job that ended without breaking says, from its report
     */
    public ImportJobBorder(String id, SerializableSupplier<Optional<? extends BackgroundImport<R>>> job,
                           IModel<String> fileName, int problemsShown, SerializableFunction<R, String> finished) {
        super(id);
        this.job = job;
        this.finished = finished;
        setOutputMarkupPlaceholderTag(true);
        progress = new AjaxSelfUpdatingTimerBehavior(Duration.ofMillis(500)) {
            @Override
            protected void onPostProcessTarget(AjaxRequestTarget target) {
                if (job.get().map(BackgroundImport::isDone).orElse(true)) {
                    stop(target);
                }
            }
        };
        add(progress);
        addToBorder(new Label("fileName", fileName));
        addToBorder(new Label("state", this::stateText));
        WebMarkupContainer fill = new WebMarkupContainer("fill");
        fill.add(AttributeModifier.replace("style", () -> "width:" + job.get().map(BackgroundImport::percentDone).orElse(0) + "%"));
        addToBorder(fill);
        addToBorder(problemTable(() -> report().map(r -> r.problems().subList(0, Math.min(problemsShown, r.problems().size())))
                .orElse(List.of())));
    }

    /** Follows a job the page has just started: the timer a finished job stopped runs again. */
    public void follow() {
        // The page is rendered again after the submit that started it: a timer stopped by the previous job would
        // render no timeout, and the page would show "0 of n" until reloaded by hand.
        progress.restart(null);
    }

    /** Whether the last job was a check that found nothing to refuse: what may be imported now. */
    private boolean checkedAndValid() {
        return job.get().map(j -> j.isDone() && !j.write() && j.report() != null && j.report().isValid()).orElse(false);
    }

    /** Whether the last job wrote what it imported. */
    private boolean written() {
        return report().map(ImportOutcome::written).orElse(false);
    }

    /**
     * Adds the page's form ({@code id}) that imports what the last check found valid, shown while the page still holds
     * what was checked ({@code kept}); submitting it runs {@code importChecked}.
     */
    public Form<Void> addConfirm(String id, SerializableBooleanSupplier kept, SerializableRunnable importChecked) {
        Form<Void> confirm = new Form<>(id) {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(kept.getAsBoolean() && checkedAndValid());
            }

            @Override
            protected void onSubmit() {
                importChecked.run();
            }
        };
        add(confirm);
        return confirm;
    }

    /** Adds the page's link to what an import wrote, shown once the last job has written it. */
    public void addWrittenLink(BookmarkablePageLink<?> link) {
        add(link.add(new Behavior() {
            @Override
            public void onConfigure(Component component) {
                component.setVisible(written());
            }
        }));
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(job.get().isPresent());
    }

    private Optional<R> report() {
        return job.get().map(BackgroundImport::report);
    }

    private static WebMarkupContainer problemTable(IModel<List<RowProblem>> problems) {
        WebMarkupContainer table = new WebMarkupContainer("problemTable") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!problems.getObject().isEmpty());
            }
        };
        table.add(new ListView<>("problems", problems) {
            @Override
            protected void populateItem(ListItem<RowProblem> item) {
                item.add(new Label("line", item.getModelObject().line()));
                item.add(new Label("column", item.getModelObject().column() == null ? "" : item.getModelObject().column()));
                item.add(new Label("message", item.getModelObject().message(getLocale())));
            }
        });
        return table;
    }

    private String stateText() {
        return job.get().map(j -> {
            String verb = getString(j.write() ? "state.importing" : "state.checking");
            if (!j.isDone()) {
                return text("state.progress", verb, Format.count(j.rowsDone()), Format.count(j.totalRows()));
            }
            if (j.failure() != null) {
                return text("state.failed", j.failure());
            }
            return finished.apply(j.report());
        }).orElse("");
    }

    private String text(String key, Object... arguments) {
        return new StringResourceModel(key, this).setParameters(arguments).getString();
    }
}
