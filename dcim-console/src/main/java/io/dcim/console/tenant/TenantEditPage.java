package io.dcim.console.tenant;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.edit.Versioned;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.inventory.tenant.TenantDetails;
import io.dcim.inventory.tenant.TenantKind;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A tenant added or edited ({@code /tenant-edit}, {@code ?id=} to edit): its name and segment. An edit names
 * the version the form was filled from; deleting is refused while the tenant holds devices, GPUs or reservations.
 */
@AuthorizeInstantiation("tenant.manage")
public class TenantEditPage extends FormEditPage {

    @Inject
    private Services services;

    private final Long tenantId;
    private final Model<String> name = Model.of();
    private final Model<TenantKind> kind = Model.of(TenantKind.ENTERPRISE);

    public TenantEditPage(PageParameters parameters) {
        super(parameters);
        this.tenantId = longParam(parameters, "id");
        if (tenantId != null) {
            Versioned<TenantDetails> read = found(() -> services.tenantFacade().tenant(DcimSession.get().caller(), tenantId));
            versionRead(read.version());
            name.setObject(read.value().name());
            kind.setObject(read.value().kind());
        }
        field("name", new TextField<>("name", name));
        field("kind", new DropDownChoice<>("kind", kind, Arrays.asList(TenantKind.values()),
                new LambdaChoiceRenderer<>(k -> getString("kind." + k.name()), choice -> choice.name())));
    }

    private TenantDetails details() {
        return new TenantDetails(name.getObject(), kind.getObject());
    }

    @Override
    protected boolean isNew() {
        return tenantId == null;
    }

    @Override
    protected Destination create() {
        services.tenantFacade().create(DcimSession.get().caller(), details());
        return Destination.to(TenantListPage.class);
    }

    @Override
    protected int edit(int versionRead) {
        return services.tenantFacade().edit(DcimSession.get().caller(), tenantId, versionRead, details()).getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        services.tenantFacade().delete(DcimSession.get().caller(), tenantId, versionRead);
        return Destination.to(TenantListPage.class);
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
