package io.dcim.console.chain;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.common.access.Caller;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.FilterForm;
import io.dcim.power.chain.ChainSpecs.NewPanel;
import io.dcim.power.chain.ChainSpecs.Saved;
import io.dcim.power.chain.ChainViews.PanelView;
import io.dcim.power.chain.ChainViews.SourceView;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A panel added to a site ({@code /power-panel?site=}) or edited ({@code ?id=}): the source feeding it (one of
 * the site's), name, phases, voltage and rating.
 */
@AuthorizeInstantiation("power.configure")
public class PowerPanelEditPage extends ChainEditPage {

    private final Model<Long> sourceId = Model.of();
    private final Model<Integer> phases = Model.of(3);
    private final Model<Integer> voltageV = Model.of(400);
    private final Model<Integer> ratingA = Model.of();

    public PowerPanelEditPage(PageParameters parameters) {
        super(parameters);
        if (partId() != null) {
            PanelView read = found(() -> chain().panel(DcimSession.get().caller(), partId()));
            versionRead(read.version());
            inSite(chain().source(DcimSession.get().caller(), read.sourceId()).siteId());
            sourceId.setObject(read.sourceId());
            name.setObject(read.name());
            phases.setObject(read.phases());
            voltageV.setObject(read.voltageV());
            ratingA.setObject(read.ratingA());
        } else {
            inSite(siteOf(longParam(parameters, "site")));
            sourceId.setObject(longParam(parameters, "source"));
        }
        IModel<List<SourceView>> sources = LoadableDetachableModel.of(() -> chain().sources(
                DcimSession.get().caller(), siteId()));
        field("sourceId", FilterForm.idChoice("sourceId", sourceId, sources, SourceView::id, SourceView::name)
                .setNullValid(false));
        field("name", new TextField<>("name", name));
        field("phases", new DropDownChoice<>("phases", phases, List.of(1, 3)));
        field("voltageV", new NumberTextField<>("voltageV", voltageV, Integer.class));
        field("ratingA", new NumberTextField<>("ratingA", ratingA, Integer.class));
    }

    private NewPanel spec() {
        if (sourceId.getObject() == null) {
            throw new InvalidValueException("sourceId", Message.of("common.field.required"));
        }
        return new NewPanel(sourceId.getObject(), name.getObject(),
                orZero(phases.getObject()), orZero(voltageV.getObject()), orZero(ratingA.getObject()));
    }

    static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    @Override
    protected void add(Caller caller) {
        chain().addPanel(caller, spec());
    }

    @Override
    protected Saved change(Caller caller, long id, int versionRead) {
        return chain().editPanel(caller, id, versionRead, spec());
    }

    @Override
    protected void remove(Caller caller, long id, int versionRead) {
        chain().removePanel(caller, id, versionRead);
    }
}
