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
 * One edit of a selection of devices ({@code /devices-bulk-edit?ids=1,2,3}): a status, a tenant and notes set
 * on every one of them in one transaction. If any device refuses, nothing changes and every refusal is
 * listed with the device's asset tag.
 */
@AuthorizeInstantiation("device.edit")
public class DeviceBulkEditPage extends BasePage {

    @Inject
    private Services services;

    private final ArrayList<Long> ids;
    private final Model<LifecycleStatus> status = Model.of();
    private final Model<Boolean> setTenant = Model.of(false);
    private final Model<Long> tenant = Model.of();
    private final Model<Boolean> setNotes = Model.of(false);
    private final Model<String> notes = Model.of();
    private final org.apache.wicket.model.util.CollectionModel<String> addTags = new org.apache.wicket.model.util.CollectionModel<>(new ArrayList<>());
    private final org.apache.wicket.model.util.CollectionModel<String> removeTags = new org.apache.wicket.model.util.CollectionModel<>(new ArrayList<>());

    public DeviceBulkEditPage(PageParameters parameters) {
        super(parameters);
        this.ids = new ArrayList<>(selection(parameters.get("ids").toString("")));
        add(new Label("selected", getString("selected", Model.ofMap(java.util.Map.of("count", Format.count(ids.size()))))));
        Form<Void> form = new Form<>("form") {
            @Override
            protected void onSubmit() {
                save(this);
            }
        };
        add(form);
        form.add(new FeedbackPanel("feedback"));
        form.add(new DropDownChoice<>("status", status, Arrays.asList(LifecycleStatus.values()),
                new LambdaChoiceRenderer<>(s -> s.name().toLowerCase(java.util.Locale.ROOT), LifecycleStatus::name))
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
            int changed = services.deviceFacade().bulkEdit(DcimSession.get().caller(), ids, edit);
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
