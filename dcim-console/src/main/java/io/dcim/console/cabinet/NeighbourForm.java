package io.dcim.console.cabinet;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.layout.Texts;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Chooses a cabinet of the same row to show beside this one, so devices can be dragged across. Stateless (it only
 * opens another URL), so that the page stays stateless for those who may not change the cabinet.
 */
final class NeighbourForm extends StatelessForm<Void> {

    @Inject
    private Services services;

    private static final int MAX_ROW_CABINETS = 200;

    private final long cabinetId;
    private final Model<Long> with;

    NeighbourForm(String id, IModel<CabinetSummary> cabinet, Long withId) {
        super(id);
        this.cabinetId = cabinet.getObject().id();
        this.with = Model.of(withId);
        long rowId = cabinet.getObject().rowId();
        IModel<List<CabinetSummary>> row = LoadableDetachableModel.of(() -> services
                .cabinetQueries().page(new CabinetFilter(null, null, rowId, null, null, null, null),
                        PageRequest.first(MAX_ROW_CABINETS, "name")).items().stream()
                .filter(c -> c.id() != cabinetId).toList());
        DropDownChoice<Long> choice = new DropDownChoice<>("with", with, row.map(l -> l.stream().map(CabinetSummary::id).toList()),
                new LambdaChoiceRenderer<>(cid -> row.getObject().stream().filter(c -> Objects.equals(c.id(), cid))
                        .map(c -> Texts.of(this, "neighbour", "name", c.name(), "free", c.freeU())).findFirst().orElse(String.valueOf(cid)), option -> String.valueOf(option)));
        choice.setNullValid(true);
        add(choice);
    }

    @Override
    protected void onSubmit() {
        PageParameters parameters = new PageParameters().set("id", cabinetId);
        if (with.getObject() != null) {
            parameters.set("with", with.getObject());
        }
        setResponsePage(CabinetPage.class, parameters);
    }
}
