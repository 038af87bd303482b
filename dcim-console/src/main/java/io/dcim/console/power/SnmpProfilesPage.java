package io.dcim.console.power;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.PostAction;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Times;
import io.dcim.power.PowerModule;
import io.dcim.power.profile.AdminProfiles;
import io.dcim.power.profile.DeviceProfile;
import io.dcim.power.profile.ProfileView;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.lang.Bytes;

/**
 * The SNMP device profiles ({@code /snmp-profiles}, admins): the shipped ones and those admins added, and a form to
 * add one by upload or paste. A refused file names the line (JSON syntax) or the field that is wrong, beside the
 * form; an accepted one is used by the poller from the next sweep, chosen by sysObjectID or model.
 */
@AuthorizeInstantiation("power.configure")
public class SnmpProfilesPage extends BasePage {

    @Inject
    private Services services;

    public SnmpProfilesPage(PageParameters parameters) {
        super(parameters);
        boolean running = power().isPresent();
        add(new Label("notRunning", new ResourceModel("power.notRunning")).setVisible(!running));
        add(new FeedbackPanel("feedback", message -> message.getReporter() == this));
        IModel<List<ProfileView>> profiles = LoadableDetachableModel.of(() -> power()
                .map(p -> p.adminProfiles().list()).orElse(List.of()));
        add(new ListView<>("profiles", profiles) {
            @Override
            protected void populateItem(ListItem<ProfileView> item) {
                ProfileView p = item.getModelObject();
                item.add(new Label("id", p.id()));
                item.add(new Label("description", p.description()));
                item.add(new Label("match", match(p, getString("profiles.model"))));
                item.add(new Label("values", p.values()));
                item.add(new Label("targets", p.targets()));
                item.add(new Label("origin", p.shipped() ? getString("profiles.shipped")
                        : new StringResourceModel("profiles.addedBy", SnmpProfilesPage.this).setParameters(p.addedBy(),
                        p.addedAt() == null ? "" : Times.minute(p.addedAt(), SiteZones.current().fallback()), p.fileName())
                        .getString()));
                String id = p.id();
                item.add(new PostAction("remove", new ResourceModel("profiles.remove")) {
                    @Override
                    protected void onPost() {
                        try {
                            power().orElseThrow().profileFacade().remove(DcimSession.get().caller(), id);
                            SnmpProfilesPage.this.success(new StringResourceModel("profiles.removed", SnmpProfilesPage.this)
                                    .setParameters(id).getString());
                        } catch (DomainException e) {
                            FieldErrors.report(SnmpProfilesPage.this, e);
                        }
                    }
                }.setVisible(!p.shipped() && p.targets() == 0));
            }
        });

        Model<String> pasted = Model.of();
        FileUploadField file = new FileUploadField("file");
        Form<Void> form = new Form<>("add") {
            @Override
            protected void onSubmit() {
                addProfile(file.getFileUpload(), pasted.getObject(), this);
            }
        };
        form.setMultiPart(true);
        form.setMaxSize(Bytes.kilobytes(AdminProfiles.MAX_CHARS / 1024 * 4));
        form.add(new FeedbackPanel("formFeedback", message -> message.getReporter() == form));
        form.add(file);
        form.add(new TextArea<>("body", pasted));
        WebMarkupContainer adding = new WebMarkupContainer("adding");
        adding.setVisible(running);
        adding.add(form);
        add(adding);
    }

    private void addProfile(FileUpload upload, String pasted, Form<?> form) {
        String name = upload == null ? null : upload.getClientFileName();
        String body = upload == null ? pasted : new String(upload.getBytes(), StandardCharsets.UTF_8);
        try {
            DeviceProfile added = power().orElseThrow().profileFacade().add(DcimSession.get().caller(), name, body);
            getSession().success(new StringResourceModel("profiles.added", this).setParameters(added.id()).getString());
            setResponsePage(SnmpProfilesPage.class);
        } catch (DomainException e) {
            FieldErrors.report(form, e);
        }
    }

    private static String match(ProfileView p, String modelWord) {
        StringBuilder b = new StringBuilder();
        if (!p.sysObjectIdPrefixes().isEmpty()) {
            b.append("sysObjectID ").append(String.join(", ", p.sysObjectIdPrefixes()));
        }
        if (!p.models().isEmpty()) {
            b.append(b.length() == 0 ? "" : "; ").append(modelWord).append(" ").append(String.join(", ", p.models()));
        }
        return b.toString();
    }

    private Optional<PowerModule> power() {
        return services.powerIfRunning();
    }

    @Override
    protected String title() {
        return getString("title");
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.targets"), SnmpTargetsPage.class, new PageParameters()),
                Crumb.here(getString("crumb.profiles")));
    }
}
