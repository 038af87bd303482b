package io.dcim.console.device;

import io.dcim.app.Services;
import io.dcim.inventory.tenant.Tenant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.IChoiceRenderer;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;

/** A tenant chosen by id from every tenant, by name; none is a valid choice (the device belongs to nobody). */
final class TenantChoice extends DropDownChoice<Long> {

    TenantChoice(String id, IModel<Long> model, Services services) {
        super(id, model, LoadableDetachableModel.of(() -> services.tenants().tenants().stream().map(entity -> entity.getId()).toList()));
        LoadableDetachableModel<Map<Long, String>> names = LoadableDetachableModel.of(() -> services.tenants().tenants()
                .stream().collect(Collectors.toMap(entity -> entity.getId(), Tenant::getName)));
        setChoiceRenderer(new IChoiceRenderer<>() {
            @Override
            public Object getDisplayValue(Long tenant) {
                return names.getObject().getOrDefault(tenant, String.valueOf(tenant));
            }

            @Override
            public String getIdValue(Long tenant, int index) {
                return String.valueOf(tenant);
            }

            @Override
            public Long getObject(String id, IModel<? extends List<? extends Long>> choices) {
                return choices.getObject().stream().filter(t -> String.valueOf(t).equals(id)).findFirst().orElse(null);
            }
        });
        setNullValid(true);
    }
}
