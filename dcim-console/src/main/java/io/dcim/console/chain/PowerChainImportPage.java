package io.dcim.console.chain;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.app.transfer.ChainImportJob;
import io.dcim.app.transfer.Uploads;
import io.dcim.common.error.DomainException;
import io.dcim.common.table.Table;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.console.transfer.ImportJobBorder;
import io.dcim.console.transfer.UploadForm;
import io.dcim.power.chain.ChainImportReport;
import io.dcim.power.chain.ChainSheet;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Uploads a site's circuit schedule or supply connections (CSV or XLSX, headed in English or Chinese), checks or
 * imports it in the background with the same import jobs and progress as the device import, lists every refused
 * row, and imports only a file with none, in one transaction.
 */
@AuthorizeInstantiation("power.configure")
public class PowerChainImportPage extends BasePage {

    @Inject
    private Services services;

    private final long siteId;
    private final Model<ChainSheet> sheet = Model.of(ChainSheet.CIRCUITS);
    private String fileName;
    private String jobId;
    /** Kept after a check so that "Import this file" imports what was checked. */
    private Table checked;
    private ChainSheet checkedSheet;
    private ImportJobBorder<ChainImportReport> jobPanel;

    public PowerChainImportPage(PageParameters parameters) {
        super(parameters);
        if (services.powerIfRunning().isEmpty()) {
            throw new AbortWithHttpErrorCodeException(503, "power monitoring is not running in this instance");
        }
        Long asked = longParam(parameters, "site");
        this.siteId = asked != null ? asked : services.sites().sites().stream().findFirst()
                .orElseThrow(() -> new AbortWithHttpErrorCodeException(404, "no site")).getId();
        add(new FeedbackPanel("feedback"));
        UploadForm upload = new UploadForm("upload", Uploads.MAX_BYTES, this::start);
        upload.add(new DropDownChoice<>("sheet", sheet, Arrays.asList(ChainSheet.values()),
                new LambdaChoiceRenderer<>(s -> getString(s == ChainSheet.CIRCUITS ? "sheet.circuits"
                        : "sheet.supplies"), s -> s.name())));
        add(upload);
        add(newJobPanel());
    }

    private void start(FileUpload upload, boolean write) {
        try {
            Table table = Uploads.read(upload.getBytes());
            fileName = upload.getClientFileName();
            checked = write ? null : table;
            checkedSheet = sheet.getObject();
            run(table, write);
        } catch (DomainException e) {
            FieldErrors.report(this, e);
        }
    }

    private void run(Table table, boolean write) {
        jobId = services.importJobs().startChain(DcimSession.get().caller(), services.power().chainFacade(), siteId,
                checkedSheet, table, write).id();
        jobPanel.follow();
    }

    private Optional<ChainImportJob> job() {
        return services.importJobs().findChain(jobId);
    }

    private ImportJobBorder<ChainImportReport> newJobPanel() {
        jobPanel = new ImportJobBorder<>("job", this::job, () -> fileName, 500, this::finishedText);
        jobPanel.addConfirm("confirm", () -> checked != null, () -> {
            Table table = checked;
            checked = null;
            run(table, true);
        });
        jobPanel.addWrittenLink(new BookmarkablePageLink<>("chain", PowerChainPage.class,
                new PageParameters().set("site", siteId)));
        return jobPanel;
    }

    private String finishedText(ChainImportReport r) {
        if (!r.isValid()) {
            return text("state.problems", Format.count(r.problems().size()), Format.count(r.rows()));
        }
        return text(r.written() ? "state.imported" : "state.valid", Format.count(r.rows()), Format.count(r.added()),
                Format.count(r.changed()));
    }

    private String text(String key, Object... arguments) {
        return new StringResourceModel(key, this).setParameters(arguments).getString();
    }

    @Override
    protected String title() {
        return getString("title");
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.chain"), PowerChainPage.class,
                new PageParameters().set("site", siteId)), Crumb.here(title()));
    }
}
