package io.dcim.console.device;

import io.dcim.app.Services;
import io.dcim.console.label.TagsChoice;
import io.dcim.common.edit.Change;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.inventory.device.BulkEditRefusedException;
import io.dcim.inventory.device.DeviceBulkEdit;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.LifecycleStatus;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * One edit of a selection of devices: a status, a tenant and notes set on every one of them in one
 * transaction. If any device refuses, nothing changes and every refusal is listed with the device's asset tag.
 * The selection comes from the device list: the devices ticked there (handed to this page's instance), or
 * every device its filter matches ({@code /devices-bulk-edit?match=all&status=…}, the filter resolved to ids
 * when the change is applied, so thousands of ids never travel in a URL); {@code ?ids=1,2,3} also still works.
 */
@AuthorizeInstantiation("device.edit")
public class DeviceBulkEditPage extends BasePage {

    @Inject
    private Services services;

    static final String MATCH = "match";
    private static final String MATCH_ALL = "all";

    private final ArrayList<Long> ids;
    private final DeviceFilter matching;
    private final Model<LifecycleStatus> status = Model.of();
    private final Model<Boolean> setTenant = Model.of(false);
    private final Model<Long> tenant = Model.of();
    private final Model<Boolean> setNotes = Model.of(false);
    private final Model<String> notes = Model.of();
    private final org.apache.wicket.model.util.CollectionModel<String> addTags = new org.apache.wicket.model.util.CollectionModel<>(new ArrayList<>());
    private final org.apache.wicket.model.util.CollectionModel<String> removeTags = new org.apache.wicket.model.util.CollectionModel<>(new ArrayList<>());

    /** The devices ticked on a page of the device list. */
    public DeviceBulkEditPage(List<Long> ticked) {
        this(new PageParameters(), ticked);
    }

    public DeviceBulkEditPage(PageParameters parameters) {
        this(parameters, selection(parameters.get("ids").toString("")));
    }

    private DeviceBulkEditPage(PageParameters parameters, List<Long> ticked) {
        super(parameters);
        this.matching = MATCH_ALL.equals(parameters.get(MATCH).toOptionalString()) ? DeviceListPage.filterOf(parameters) : null;
        this.ids = new ArrayList<>(ticked);
        long count = matching == null ? ids.size() : services.deviceQueries().page(matching,
                io.dcim.common.paging.PageRequest.first(1, "assetTag")).total();
        add(new Label("selected", getString("selected", Model.ofMap(java.util.Map.of("count", Format.count(count))))));
        Form<Void> form = new Form<>("form") {
            @Override
            protected void onSubmit() {
                save(this);
            }
        };
        add(form);
        form.add(new FeedbackPanel("feedback"));
        form.add(new DropDownChoice<>("status", status, Arrays.asList(LifecycleStatus.values()),
                new LambdaChoiceRenderer<>(s -> s.name().toLowerCase(java.util.Locale.ROOT), choice -> choice.name()))
                .setNullValid(true));
        form.add(new CheckBox("setTenant", setTenant));
        form.add(new TenantChoice("tenant", tenant, services));
        form.add(new CheckBox("setNotes", setNotes));
        form.add(new TextArea<>("notes", notes));
        form.add(new TagsChoice("addTags", addTags));
        form.add(new TagsChoice("removeTags", removeTags));
    }

    private void save(Form<?> form) {
        DeviceBulkEdit edit = new DeviceBulkEdit(status.getObject(),
                Boolean.TRUE.equals(setTenant.getObject()) ? Change.to(tenant.getObject()) : null,
                Boolean.TRUE.equals(setNotes.getObject()) ? Change.to(notes.getObject()) : null,
                new java.util.HashSet<>(addTags.getObject()), new java.util.HashSet<>(removeTags.getObject()));
        try {
            List<Long> selected = matching == null ? ids : services.deviceQueries().ids(matching);
            int changed = services.deviceFacade().bulkEdit(DcimSession.get().caller(), selected, edit);
            form.success(getString("changed", Model.ofMap(java.util.Map.of("count", Format.count(changed)))));
        } catch (BulkEditRefusedException e) {
            String summary = e.summary(getLocale());
            form.error(summary.substring(0, 1).toUpperCase(getLocale()) + summary.substring(1));
            for (BulkEditRefusedException.Refusal refusal : e.refusals()) {
                form.error(refusal.assetTag() + ": " + FieldErrors.sentence(refusal.why()));
            }
        } catch (DomainException e) {
            FieldErrors.report(form, e);
        }
    }

    /** The URL of this page for every device a device list's filter (in {@code listParameters}) matches. */
    public static PageParameters matching(PageParameters listParameters) {
        PageParameters parameters = new PageParameters();
        for (String filter : DeviceListPage.FILTERS) {
            listParameters.getValues(filter).forEach(value -> parameters.add(filter, value.toString()));
        }
        return parameters.set(MATCH, MATCH_ALL);
    }

    /** The ids in the URL, comma-separated; anything that is not a number is left out. */
    private static List<Long> selection(String text) {
        List<Long> ids = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                ids.add(Long.valueOf(part.trim()));
            } catch (NumberFormatException notAnId) {
                // not an id: ignored, as a hand-edited URL may hold a stray comma
            }
        }
        return ids;
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
