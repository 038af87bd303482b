package io.dcim.console.cabling;

import static io.dcim.console.layout.UrlParams.enumParam;
import static io.dcim.console.layout.UrlParams.longParam;
import static io.dcim.console.layout.UrlParams.putIfSet;
import static io.dcim.console.layout.UrlParams.text;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Labels;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Texts;
import io.dcim.console.layout.Times;
import io.dcim.console.wiring.Attachment;
import io.dcim.inventory.cable.CheckFinding;
import io.dcim.inventory.cable.CheckOutcome;
import io.dcim.inventory.cable.CheckRuns;
import io.dcim.inventory.cable.IbNetDiscover;
import io.dcim.app.transfer.Uploads;
import java.nio.charset.StandardCharsets;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.util.lang.Bytes;
import org.apache.wicket.feedback.ComponentFeedbackMessageFilter;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import io.dcim.inventory.site.Site;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DefaultDataTable;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A site's last cabling check ({@code ?site=id}, the first site without one): when and from what the links
 * were read, the counts by outcome in colour, and the findings paged in the database, filtered by outcome
 * and device, each with its cable's trace. Who may check the fabric ({@code cable.edit}) can read the
 * switches again from here.
 */
public class CablingCheckPage extends BasePage {

    @Inject
    private Services services;

    static final int ROWS_PER_PAGE = 50;

    private final long siteId;

    public CablingCheckPage(PageParameters parameters) {
        super(parameters);
        Long requested = longParam(parameters, "site");
        List<Site> sites = services.sites().sites();
        this.siteId = requested != null ? requested : sites.isEmpty() ? 0L : sites.get(0).getId();
        CheckRuns.FindingFilter filter = new CheckRuns.FindingFilter(enumParam(parameters, "outcome", CheckOutcome.class),
                text(parameters, "device"));
        IModel<Optional<CheckRuns.Summary>> last = LoadableDetachableModel.of(() ->
                services.cabling().checks().last(caller(), siteId));
        add(filterForm(filter));
        add(new Label("when", last.map(this::whenRead)));
        add(new Label("silent", last.map(l -> l.map(s -> s.silent().isEmpty() ? "" : Texts.of(this, "check.silent",
                "devices", String.join(", ", s.silent()))).orElse(""))));
        add(counts(last));
        Form<Void> readNow = checkNow();
        add(readNow);
        add(new FeedbackPanel("checkFeedback", new ComponentFeedbackMessageFilter(readNow)));
        add(upload());
        add(new ResourceLink<>("workList", workList()));
        PagedDataProvider<CheckFinding> rows = new PagedDataProvider<>(
                request -> services.cabling().checks().findings(caller(), siteId, filter, request), ROWS_PER_PAGE,
                "outcome");
        add(new DefaultDataTable<>("findings", columns(), rows, ROWS_PER_PAGE));
    }

    private static Caller caller() {
        return DcimSession.get().caller();
    }

    private String whenRead(Optional<CheckRuns.Summary> last) {
        return last.map(s -> Texts.of(this, "check.when", "when", Times.minute(s.checkedAt(), SiteZones.current().of(siteId)),
                "source", getString("check.source." + s.source().name()), "devices", Format.count(s.devicesRead())))
                .orElseGet(() -> getString("check.never"));
    }

    private ListView<CheckOutcome> counts(IModel<Optional<CheckRuns.Summary>> last) {
        return new ListView<>("counts", Arrays.asList(CheckOutcome.values())) {
            @Override
            protected void populateItem(ListItem<CheckOutcome> item) {
                CheckOutcome outcome = item.getModelObject();
                item.add(AttributeModifier.append("class", "outcome-" + outcome.name().toLowerCase(Locale.ROOT)));
                item.add(new Label("count", last.map(l -> l.map(s -> Format.count(s.counts().getOrDefault(outcome, 0L)))
                        .orElse("—"))));
                item.add(new Label("outcome", Labels.of(outcome)));
            }
        };
    }

    /** The installers' work list of the last check, in the reader's language. */
    private AbstractResource workList() {
        return new AbstractResource() {
            @Override
            protected ResourceResponse newResourceResponse(Attributes attributes) {
                Caller caller = caller();
                return Attachment.of(Attachment.XLSX, "cabling-work-list-site-" + siteId + ".xlsx",
                        out -> services.cabling().checks().writeWorkList(caller, siteId, out));
            }
        };
    }

    /** An InfiniBand fabric's ibnetdiscover output, checked and kept as the site's last check (cable.edit). */
    private Form<Void> upload() {
        FileUploadField file = new FileUploadField("file");
        Form<Void> form = new Form<>("upload") {
            @Override
            protected void onSubmit() {
                FileUpload upload = file.getFileUpload();
                if (upload == null) {
                    file.error(getString("check.uploadRequired"));
                    return;
                }
                try {
                    services.recordIbNetDiscover(caller(), siteId, new String(upload.getBytes(), StandardCharsets.UTF_8),
                            IbNetDiscover.Naming.DEFAULT);
                    setResponsePage(CablingCheckPage.class, new PageParameters().set("site", siteId));
                } catch (DomainException e) {
                    FieldErrors.report(file, e);
                }
            }
        };
        form.setMultiPart(true);
        form.setMaxSize(Bytes.bytes(Uploads.MAX_BYTES));
        form.add(file);
        form.add(new FeedbackPanel("feedback", new ComponentFeedbackMessageFilter(file)));
        form.setVisible(DcimSession.get().may(Permission.CABLE_EDIT));
        return form;
    }

    /** Reads the site's switches now and keeps the result; only for cable.edit, and only where power monitoring runs. */
    private Form<Void> checkNow() {
        Form<Void> form = new Form<>("checkNow") {
            @Override
            protected void onSubmit() {
                try {
                    services.power().lldpCheck().record(caller(), siteId);
                    setResponsePage(CablingCheckPage.class, new PageParameters().set("site", siteId));
                } catch (DomainException e) {
                    FieldErrors.report(this, e);
                }
            }
        };
        form.setVisible(DcimSession.get().may(Permission.CABLE_EDIT) && services.powerIfRunning().isPresent());
        return form;
    }

    private Form<Void> filterForm(CheckRuns.FindingFilter filter) {
        Model<Long> site = Model.of(siteId);
        Model<CheckOutcome> outcome = Model.of(filter.outcome());
        Model<String> device = Model.of(filter.device());
        Form<Void> form = new Form<>("filter") {
            @Override
            protected void onSubmit() {
                PageParameters next = new PageParameters();
                putIfSet(next, "site", site.getObject());
                putIfSet(next, "outcome", outcome.getObject());
                putIfSet(next, "device", device.getObject());
                setResponsePage(CablingCheckPage.class, next);
            }
        };
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());
        form.add(new DropDownChoice<>("site", site, sites.map(l -> l.stream().map(entity -> entity.getId()).toList()),
                new LambdaChoiceRenderer<>(id -> sites.getObject().stream().filter(s -> s.getId().equals(id))
                        .map(Site::getName).findFirst().orElse(String.valueOf(id)), choice -> String.valueOf(choice))));
        form.add(new DropDownChoice<>("outcome", outcome, Arrays.asList(CheckOutcome.values()),
                new LambdaChoiceRenderer<>(Labels::of, choice -> choice.name())).setNullValid(true));
        form.add(new TextField<>("device", device));
        return form;
    }

    private List<IColumn<CheckFinding, String>> columns() {
        List<IColumn<CheckFinding, String>> columns = new ArrayList<>();
        columns.add(new AbstractColumn<>(new ResourceModel("check.outcome"), "outcome") {
            @Override
            public void populateItem(Item<ICellPopulator<CheckFinding>> cell, String id, IModel<CheckFinding> row) {
                CheckOutcome outcome = row.getObject().outcome();
                cell.add(new Label(id, Labels.of(outcome)).add(AttributeModifier.append("class",
                        "outcome-" + outcome.name().toLowerCase(Locale.ROOT))));
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("check.device"), "device", CheckFinding::device));
        columns.add(new LambdaColumn<>(new ResourceModel("check.port"), CheckFinding::port));
        columns.add(new LambdaColumn<>(new ResourceModel("check.expected"),
                f -> end(f.expectedDevice(), f.expectedPort())));
        columns.add(new LambdaColumn<>(new ResourceModel("check.seen"), f -> end(f.seenDevice(), f.seenPort())));
        columns.add(new AbstractColumn<>(new ResourceModel("check.cable"), "cable") {
            @Override
            public void populateItem(Item<ICellPopulator<CheckFinding>> cell, String id, IModel<CheckFinding> row) {
                CheckFinding f = row.getObject();
                Fragment link = new Fragment(id, "cableFragment", CablingCheckPage.this);
                link.add(new BookmarkablePageLink<>("link", TracePage.class, new PageParameters().set("cable",
                        f.cableId() == null ? 0 : f.cableId())).setBody(Model.of(f.cableLabel()))
                        .setVisible(f.cableId() != null));
                cell.add(link);
            }
        });
        return columns;
    }

    private static String end(String device, String port) {
        return device == null ? "—" : device + " · " + port;
    }

    @Override
    protected String title() {
        return getString("check.title");
    }
}
