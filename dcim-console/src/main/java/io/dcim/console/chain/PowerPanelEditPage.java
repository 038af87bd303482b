package io.dcim.console.chain;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FilterForm;
import io.dcim.power.chain.ChainSpecs.NewPanel;
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

    private final Long panelId;
    private final long siteId;
    private final Model<Long> sourceId = Model.of();
    private final Model<String> name = Model.of();
    private final Model<Integer> phases = Model.of(3);
    private final Model<Integer> voltageV = Model.of(400);
    private final Model<Integer> ratingA = Model.of();

    public PowerPanelEditPage(PageParameters parameters) {
        super(parameters);
        this.panelId = longParam(parameters, "id");
        if (panelId != null) {
            PanelView read = found(() -> chain().panel(DcimSession.get().caller(), panelId));
            versionRead(read.version());
            siteId = chain().source(DcimSession.get().caller(), read.sourceId()).siteId();
            sourceId.setObject(read.sourceId());
            name.setObject(read.name());
            phases.setObject(read.phases());
            voltageV.setObject(read.voltageV());
            ratingA.setObject(read.ratingA());
        } else {
            siteId = siteOf(longParam(parameters, "site"));
            sourceId.setObject(longParam(parameters, "source"));
        }
        IModel<List<SourceView>> sources = LoadableDetachableModel.of(() -> chain().sources(
                DcimSession.get().caller(), siteId));
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
    protected long siteId() {
        return siteId;
    }

    @Override
    protected boolean isNew() {
        return panelId == null;
    }

    @Override
    protected Destination create() {
        chain().addPanel(DcimSession.get().caller(), spec());
        return backToChain();
    }

    @Override
    protected int edit(int versionRead) {
        return chain().editPanel(DcimSession.get().caller(), panelId, versionRead, spec()).version();
    }

    @Override
    protected Destination delete(int versionRead) {
        chain().removePanel(DcimSession.get().caller(), panelId, versionRead);
        return backToChain();
    }

    @Override
    protected String title() {
        return panelId == null ? getString("title.new") : getString("title.edit",
                Model.ofMap(java.util.Map.of("name", String.valueOf(name.getObject()))));
    }
}
