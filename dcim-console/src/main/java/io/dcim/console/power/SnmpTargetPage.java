package io.dcim.console.power;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Found;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import io.dcim.power.PowerModule;
import io.dcim.power.endpoint.EndpointFacade;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.endpoint.TargetSpec;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.profile.DeviceProfile;
import io.dcim.power.snmp.AuthProtocol;
import io.dcim.power.snmp.PrivProtocol;
import io.dcim.power.snmp.SnmpVersion;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * An SNMP target added or edited by an admin ({@code /snmp-target?id=}). Credentials are write-only: the secret
 * fields are always empty, and left empty on an edit they keep what is stored. Refusals appear beside the field
 * they name.
 */
@AuthorizeInstantiation("power.configure")
public class SnmpTargetPage extends BasePage {

    @Inject
    private Services services;

    private final Long targetId;
    private final Form<Void> form;
    private final FieldErrors fields;

    private final Model<String> name = Model.of();
    private final Model<String> host = Model.of();
    private final Model<Integer> port = Model.of(161);
    private final Model<SnmpVersion> version = Model.of(SnmpVersion.V2C);
    private final Model<String> community = Model.of();
    private final Model<String> v3User = Model.of();
    private final Model<AuthProtocol> auth = Model.of(AuthProtocol.SHA256);
    private final Model<String> authPassphrase = Model.of();
    private final Model<PrivProtocol> priv = Model.of(PrivProtocol.AES128);
    private final Model<String> privPassphrase = Model.of();
    private final Model<String> contextName = Model.of();
    private final Model<String> profileId = Model.of();
    private final Model<Integer> interval = Model.of(30);
    private final Model<Integer> timeout = Model.of(2_000);
    private final Model<Integer> retries = Model.of(1);
    private final Model<Boolean> enabled = Model.of(true);
    private final Model<Long> site = Model.of();
    private final Model<Long> room = Model.of();
    private final Model<String> cabinet = Model.of();
    private final Model<TargetRole> role = Model.of(TargetRole.PDU);
    private final Model<Feed> feed = Model.of();
    private final Model<Integer> breaker = Model.of();
    /** What was stored when the form was filled: an edit that leaves credentials alone keeps them. */
    private StoredUsm stored;
    private int version0;

    public SnmpTargetPage(PageParameters parameters) {
        super(parameters);
        this.targetId = longParam(parameters, "id");
        if (services.powerIfRunning().isEmpty()) {
            throw new RestartResponseException(SnmpTargetsPage.class); // which says monitoring is not running
        }
        fillFromStoredOrDefaults();
        form = new Form<>("form") {
            @Override
            protected void onSubmit() {
                save();
            }
        };
        add(form);
        fields = new FieldErrors(form);
        form.add(new FeedbackPanel("formFeedback", message -> message.getReporter() == form));
        agentFields();
        credentialFields();
        pollingFields();
        placeAndPowerFields();
        form.add(deleteButton());
    }

    /** An edit starts from the stored target (404 when there is none), a new one in the first site. */
    private void fillFromStoredOrDefaults() {
        if (targetId != null) {
            fill(Found.or404(() -> power().targets().find(targetId)));
        } else if (!services.sites().sites().isEmpty()) {
            site.setObject(services.sites().sites().get(0).getId());
        }
    }

    private void agentFields() {
        field("name", new TextField<>("name", name));
        field("host", new TextField<>("host", host));
        field("port", new NumberTextField<>("port", port, Integer.class));
        field("snmpVersion", new DropDownChoice<>("version", version, Arrays.asList(SnmpVersion.values()),
                new LambdaChoiceRenderer<>(v -> v.name().toLowerCase(), choice -> choice.name())));
    }

    /** Write-only: the secret fields are never filled, and left empty on an edit keep what is stored. */
    private void credentialFields() {
        form.add(new WebMarkupContainer("keepNote").setVisible(targetId != null));
        field("community", secret("community", community));
        field("user", new TextField<>("v3User", v3User));
        field("authProtocol", new DropDownChoice<>("authProtocol", auth, Arrays.asList(AuthProtocol.values()),
                new LambdaChoiceRenderer<>(a -> a == AuthProtocol.NONE ? getString("target.none")
                        : a.name().toLowerCase(java.util.Locale.ROOT), choice -> choice.name())));
        field("authPassphrase", secret("authPassphrase", authPassphrase));
        field("privProtocol", new DropDownChoice<>("privProtocol", priv, Arrays.asList(PrivProtocol.values()),
                new LambdaChoiceRenderer<>(p -> p == PrivProtocol.NONE ? getString("target.none")
                        : p.name().toLowerCase(java.util.Locale.ROOT), choice -> choice.name())));
        field("privPassphrase", secret("privPassphrase", privPassphrase));
        field("contextName", new TextField<>("contextName", contextName));
    }

    private void pollingFields() {
        IModel<List<String>> profileIds = LoadableDetachableModel.of(() -> power().profiles().all().stream()
                .map(DeviceProfile::id).sorted().toList());
        field("profileId", new DropDownChoice<>("profileId", profileId, profileIds));
        field("intervalSeconds", new NumberTextField<>("intervalSeconds", interval, Integer.class));
        field("timeoutMs", new NumberTextField<>("timeoutMs", timeout, Integer.class));
        field("retries", new NumberTextField<>("retries", retries, Integer.class));
        form.add(new CheckBox("enabled", enabled));
    }

    /** Where the target is (site, room, cabinet by name) and what it measures there. */
    private void placeAndPowerFields() {
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());
        field("siteId", new DropDownChoice<>("siteId", site, sites.map(l -> l.stream().map(entity -> entity.getId()).toList()),
                new LambdaChoiceRenderer<>(id -> sites.getObject().stream().filter(s -> Objects.equals(s.getId(), id))
                        .map(Site::getName).findFirst().orElse(String.valueOf(id)), choice -> String.valueOf(choice))));
        IModel<List<RoomChoice>> rooms = LoadableDetachableModel.of(this::rooms);
        field("roomId", new DropDownChoice<>("roomId", room, rooms.map(l -> l.stream().map(RoomChoice::id).toList()),
                new LambdaChoiceRenderer<>(id -> rooms.getObject().stream().filter(r -> Objects.equals(r.id(), id))
                        .map(RoomChoice::label).findFirst().orElse(String.valueOf(id)), choice -> String.valueOf(choice)))
                .setNullValid(true));
        field("cabinetId", new TextField<>("cabinet", cabinet));
        field("role", new DropDownChoice<>("role", role, Arrays.asList(TargetRole.values()),
                new LambdaChoiceRenderer<>(r -> EnumWords.word("power", r, getLocale()), choice -> choice.name())));
        field("feed", new DropDownChoice<>("feed", feed, Arrays.asList(Feed.values())).setNullValid(true));
        field("breakerRatingA", new NumberTextField<>("breakerRatingA", breaker, Integer.class));
    }

    /** Deletes without validating the form: the target goes, whatever its fields now say. */
    private Button deleteButton() {
        Button delete = new Button("delete") {
            @Override
            public void onSubmit() {
                delete();
            }
        };
        delete.setDefaultFormProcessing(false).setVisible(targetId != null);
        return delete;
    }

    private PasswordTextField secret(String id, Model<String> model) {
        PasswordTextField field = new PasswordTextField(id, model);
        field.setRequired(false);
        field.setResetPassword(true);
        return field;
    }

    private <C extends FormComponent<?>> void field(String domainName, C component) {
        fields.add(form, domainName, component);
    }

    private void fill(TargetView t) {
        version0 = t.version();
        name.setObject(t.name());
        host.setObject(t.host());
        port.setObject(t.port());
        version.setObject(t.snmpVersion());
        v3User.setObject(t.v3User());
        auth.setObject(t.authProtocol());
        priv.setObject(t.privProtocol());
        contextName.setObject(t.contextName());
        stored = new StoredUsm(t.snmpVersion(), t.v3User(), t.authProtocol(), t.privProtocol(), t.contextName());
        profileId.setObject(t.profileId());
        interval.setObject(t.intervalSeconds());
        timeout.setObject(t.timeoutMs());
        retries.setObject(t.retries());
        enabled.setObject(t.enabled());
        site.setObject(t.siteId());
        room.setObject(t.roomId());
        cabinet.setObject(t.cabinetName());
        role.setObject(t.role());
        feed.setObject(t.feed());
        breaker.setObject(t.breakerRatingA());
    }

    private void save() {
        try {
            TargetSpec spec = new TargetSpec(name.getObject(), host.getObject(), port.getObject(), version.getObject(),
                    credentials(), profileId.getObject(), interval.getObject(), timeout.getObject(), retries.getObject(),
                    Boolean.TRUE.equals(enabled.getObject()), site.getObject(), room.getObject(), cabinetId(),
                    role.getObject(), feed.getObject(), breaker.getObject());
            EndpointFacade endpoints = power().endpointFacade();
            TargetView saved = targetId == null ? endpoints.create(DcimSession.get().caller(), spec)
                    : endpoints.update(DcimSession.get().caller(), targetId, version0, spec);
            getSession().success(new StringResourceModel("target.saved", this).setParameters(saved.name()).getString());
            setResponsePage(SnmpTargetsPage.class);
        } catch (DomainException e) {
            fields.report(e);
        }
    }

    private void delete() {
        try {
            power().endpointFacade().delete(DcimSession.get().caller(), targetId, version0);
            getSession().success(new StringResourceModel("target.deleted", this).setParameters(name.getObject())
                    .getString());
            setResponsePage(SnmpTargetsPage.class);
        } catch (DomainException e) {
            FieldErrors.report(form, e);
        }
    }

    /**
     * The credentials to store, or null to keep the stored ones: on an edit where every secret was left empty and
     * nothing about the v3 user changed.
     */
    private TargetCredentials credentials() {
        boolean noSecret = blank(community.getObject()) && blank(authPassphrase.getObject())
                && blank(privPassphrase.getObject());
        if (targetId != null && noSecret && stored != null && stored.matches(version.getObject(), v3User.getObject(),
                auth.getObject(), priv.getObject(), contextName.getObject())) {
            return null;
        }
        if (targetId != null && noSecret && version.getObject() != SnmpVersion.V3 && stored != null
                && stored.version() != SnmpVersion.V3) {
            return null; // a community serves v1 and v2c alike: the service keeps it across the two
        }
        if (version.getObject() == SnmpVersion.V3) {
            return TargetCredentials.usm(trim(v3User.getObject()), auth.getObject(), authPassphrase.getObject(),
                    priv.getObject(), privPassphrase.getObject(), trim(contextName.getObject()));
        }
        return TargetCredentials.community(blank(community.getObject()) ? null : community.getObject());
    }

    /** The cabinet named in the room chosen, as people know it; none when the name is empty. */
    private Long cabinetId() {
        String cabinetName = trim(cabinet.getObject());
        if (cabinetName == null) {
            return null;
        }
        if (room.getObject() == null) {
            throw new InvalidValueException("roomId", Message.of("power.target.roomOfCabinet", cabinetName));
        }
        return services.cabinetQueries().page(new CabinetFilter(null, room.getObject(),
                        null, cabinetName, null, null, null), PageRequest.first(20, "name")).items().stream()
                .filter(c -> c.name().equalsIgnoreCase(cabinetName)).map(CabinetSummary::id).findFirst()
                .orElseThrow(() -> new InvalidValueException("cabinetId",
                        Message.of("power.target.noCabinetInRoom", cabinetName)));
    }

    private List<RoomChoice> rooms() {
        List<RoomChoice> out = new ArrayList<>();
        for (Site s : services.sites().sites()) {
            for (Room r : services.sites().rooms(s.getId())) {
                out.add(new RoomChoice(r.getId(), s.getName() + " / " + r.getName()));
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    private PowerModule power() {
        return services.power();
    }

    record RoomChoice(Long id, String label) implements Serializable {
    }

    record StoredUsm(SnmpVersion version, String user, AuthProtocol auth, PrivProtocol priv, String context)
            implements Serializable {

        boolean matches(SnmpVersion v, String u, AuthProtocol a, PrivProtocol p, String c) {
            if (v != version) {
                return false;
            }
            return v != SnmpVersion.V3 || (Objects.equals(trim(u), user) && a == auth && p == priv
                    && Objects.equals(trim(c), context));
        }
    }

    @Override
    protected String title() {
        return targetId == null ? getString("title.new")
                : new StringResourceModel("title.edit", this).setParameters(name.getObject()).getString();
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.targets"), SnmpTargetsPage.class, new PageParameters()),
                Crumb.here(targetId == null ? getString("crumb.new") : String.valueOf(name.getObject())));
    }
}
