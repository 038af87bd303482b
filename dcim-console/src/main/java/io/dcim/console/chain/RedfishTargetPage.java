package io.dcim.console.chain;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.power.EnumWords;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.power.collect.Collected;
import io.dcim.power.endpoint.EndpointFacade;
import io.dcim.power.endpoint.RedfishTargetSpec;
import io.dcim.power.endpoint.RedfishTargetView;
import io.dcim.power.secret.Secret;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A server's BMC added ({@code /redfish-target}) or edited ({@code ?id=}) as a Redfish endpoint, with the same
 * rules and permission ({@code power.configure}) as the API. The password is write-only: its field is never
 * filled, and left empty on an edit keeps the stored one. <b>Poll now</b> (a POST) asks the BMC at once and stores
 * what it answered, as the sweep would.
 */
@AuthorizeInstantiation("power.configure")
public class RedfishTargetPage extends FormEditPage {

    @Inject
    private Services services;

    private final Long targetId;
    private final Model<String> name = Model.of();
    private final Model<String> host = Model.of();
    private final Model<Integer> port = Model.of();
    private final Model<Boolean> tls = Model.of(true);
    private final Model<Boolean> trustSelfSigned = Model.of(false);
    private final Model<String> user = Model.of();
    private final Model<String> password = Model.of();
    private final Model<String> systemId = Model.of();
    private final Model<String> chassisId = Model.of();
    private final Model<Integer> interval = Model.of();
    private final Model<Integer> timeout = Model.of();
    private final Model<Integer> retries = Model.of();
    private final Model<Boolean> enabled = Model.of(true);
    private final Model<String> device = Model.of();

    public RedfishTargetPage(PageParameters parameters) {
        super(parameters);
        if (services.powerIfRunning().isEmpty()) {
            throw new AbortWithHttpErrorCodeException(503, "power monitoring is not running in this instance");
        }
        this.targetId = longParam(parameters, "id");
        if (targetId != null) {
            fill(found(() -> services.power().redfishTargets().find(targetId)));
        }
        field("name", new TextField<>("name", name));
        field("host", new TextField<>("host", host));
        field("port", new NumberTextField<>("port", port, Integer.class));
        inForm(new CheckBox("tls", tls));
        inForm(new CheckBox("trustSelfSigned", trustSelfSigned));
        field("user", new TextField<>("user", user));
        inForm(new WebMarkupContainer("keepNote").setVisible(targetId != null));
        PasswordTextField secret = new PasswordTextField("password", password);
        secret.setRequired(false);
        secret.setResetPassword(true);
        field("password", secret);
        field("systemId", new TextField<>("systemId", systemId));
        field("chassisId", new TextField<>("chassisId", chassisId));
        field("intervalSeconds", new NumberTextField<>("intervalSeconds", interval, Integer.class));
        field("timeoutMs", new NumberTextField<>("timeoutMs", timeout, Integer.class));
        field("retries", new NumberTextField<>("retries", retries, Integer.class));
        inForm(new CheckBox("enabled", enabled));
        field("deviceId", new TextField<>("device", device));
        moreButtons().add(new Button("pollNow") {
            @Override
            public void onSubmit() {
                pollNow();
            }
        }.setDefaultFormProcessing(false).setVisible(targetId != null));
    }

    private void fill(RedfishTargetView t) {
        versionRead(t.version());
        name.setObject(t.name());
        host.setObject(t.host());
        port.setObject(t.port());
        tls.setObject(t.tls());
        trustSelfSigned.setObject(t.trustSelfSigned());
        user.setObject(t.user());
        systemId.setObject(t.systemId());
        chassisId.setObject(t.chassisId());
        interval.setObject(t.intervalSeconds());
        timeout.setObject(t.timeoutMs());
        retries.setObject(t.retries());
        enabled.setObject(t.enabled());
        if (t.deviceId() != null) {
            try {
                device.setObject(services.deviceQueries().find(t.deviceId()).assetTag());
            } catch (NotFoundException e) {
                device.setObject(null);
            }
        }
    }

    private RedfishTargetSpec spec() {
        String typed = password.getObject();
        return new RedfishTargetSpec(name.getObject(), host.getObject(), port.getObject(), tls.getObject(),
                Boolean.TRUE.equals(trustSelfSigned.getObject()), user.getObject(),
                typed == null || typed.isEmpty() ? null : Secret.of(typed), blankToNull(systemId.getObject()),
                blankToNull(chassisId.getObject()), interval.getObject(), timeout.getObject(), retries.getObject(),
                Boolean.TRUE.equals(enabled.getObject()), deviceId());
    }

    /** The device named by asset tag, or by name when only one device has it. */
    private Long deviceId() {
        String text = blankToNull(device.getObject());
        if (text == null) {
            return null;
        }
        List<DeviceSummary> found = services.deviceQueries().page(new DeviceFilter(null, null, null, null, null, null,
                text.strip()), PageRequest.first(50, "assetTag")).items();
        return found.stream().filter(d -> d.assetTag().equalsIgnoreCase(text.strip())).map(DeviceSummary::id)
                .findFirst().orElseGet(() -> {
                    List<Long> named = found.stream().filter(d -> d.name() != null
                            && d.name().equalsIgnoreCase(text.strip())).map(DeviceSummary::id).toList();
                    if (named.size() != 1) {
                        throw new InvalidValueException("deviceId", Message.of(named.isEmpty()
                                ? "inventory.transfer.noDevice" : "inventory.transfer.ambiguousDevice", text,
                                named.size()));
                    }
                    return named.get(0);
                });
    }

    private void pollNow() {
        try {
            Collected result = services.power().pollFacade().pollNow(DcimSession.get().caller(), targetId);
            String outcome = EnumWords.word("power", result.outcome(), getLocale());
            String text = new StringResourceModel(result.detail() == null ? "polled" : "polledWithDetail", this)
                    .setParameters(outcome, result.detail()).getString();
            if (result.outcome() == io.dcim.power.collect.PollOutcome.OK) {
                success(text);
            } else {
                warn(text);
            }
        } catch (DomainException e) {
            FieldErrors.report(this, e);
        }
    }

    private EndpointFacade endpoints() {
        return services.power().endpointFacade();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Destination list() {
        return Destination.to(RedfishTargetsPage.class);
    }

    @Override
    protected boolean isNew() {
        return targetId == null;
    }

    @Override
    protected Destination create() {
        RedfishTargetView created = endpoints().createRedfish(DcimSession.get().caller(), spec());
        return Destination.to(RedfishTargetPage.class, created.id());
    }

    @Override
    protected int edit(int versionRead) {
        return endpoints().updateRedfish(DcimSession.get().caller(), targetId, versionRead, spec()).version();
    }

    @Override
    protected Destination delete(int versionRead) {
        endpoints().delete(DcimSession.get().caller(), targetId, versionRead);
        return list();
    }

    @Override
    protected String title() {
        return targetId == null ? getString("title.new") : getString("title.edit",
                Model.ofMap(java.util.Map.of("name", String.valueOf(name.getObject()))));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.targets"), RedfishTargetsPage.class, new PageParameters()),
                Crumb.here(title()));
    }
}
