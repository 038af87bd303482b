package io.dcim.console.tenant;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.edit.Versioned;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.NotFoundException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.site.EditFeedback;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.inventory.tenant.TenantDetails;
import io.dcim.inventory.tenant.TenantKind;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A tenant added or edited ({@code /tenant-edit}, {@code ?id=} to edit): its name and segment. An edit names
 * the version the form was filled from; deleting is refused while the tenant holds devices, GPUs or reservations.
 */
@AuthorizeInstantiation("tenant.manage")
public class TenantEditPage extends BasePage {

    @Inject
    private Services services;

    private final Long tenantId;
    private int version;
    private final Model<String> name = Model.of();
    private final Model<TenantKind> kind = Model.of(TenantKind.ENTERPRISE);

    public TenantEditPage(PageParameters parameters) {
        super(parameters);
        this.tenantId = longParam(parameters, "id");
        if (tenantId != null) {
            fill();
        }
        Form<Void> form = new Form<>("form");
        add(form);
        FieldErrors fields = new FieldErrors(form);
        form.add(EditFeedback.panel("formFeedback", this, form));
        fields.add(form, "name", new TextField<>("name", name));
        fields.add(form, "kind", new DropDownChoice<>("kind", kind, Arrays.asList(TenantKind.values()),
                new LambdaChoiceRenderer<>(k -> getString("kind." + k.name()), TenantKind::name)));
        form.add(new Button("save") {
            @Override
            public void onSubmit() {
                save(fields);
            }
        });
        form.add(new Button("delete") {
            @Override
            public void onSubmit() {
                try {
                    services.tenantFacade().delete(DcimSession.get().caller(), tenantId, version);
                    getSession().success(getString("deleted"));
                    setResponsePage(TenantListPage.class);
                } catch (DomainException e) {
                    fields.report(e);
                }
            }
        }.setDefaultFormProcessing(false).setVisible(tenantId != null));
    }

    private void fill() {
        Versioned<TenantDetails> read;
        try {
            read = services.tenantFacade().tenant(DcimSession.get().caller(), tenantId);
        } catch (NotFoundException e) {
            throw new AbortWithHttpErrorCodeException(404, e.getMessage());
        }
        version = read.version();
        name.setObject(read.value().name());
        kind.setObject(read.value().kind());
    }

    private void save(FieldErrors fields) {
        TenantDetails details = new TenantDetails(name.getObject(), kind.getObject());
        try {
            if (tenantId == null) {
                services.tenantFacade().create(DcimSession.get().caller(), details);
                getSession().success(getString("saved"));
                setResponsePage(TenantListPage.class);
            } else {
                Tenant saved = services.tenantFacade().edit(DcimSession.get().caller(), tenantId, version, details);
                version = saved.getVersion();
                success(getString("saved"));
            }
        } catch (DomainException e) {
            fields.report(e);
        }
    }

    @Override
    protected String title() {
        return tenantId == null ? getString("title.new")
                : getString("title.edit", Model.ofMap(java.util.Map.of("tenant", String.valueOf(name.getObject()))));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.tenants"), TenantListPage.class, new PageParameters()),
                Crumb.here(tenantId == null ? getString("title.new") : String.valueOf(name.getObject())));
    }
}
