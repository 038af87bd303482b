package io.dcim.console.chain;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Destination;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.ChainViews.SourceView;
import io.dcim.power.chain.SourceKind;
import java.util.Arrays;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** A power source added to a site ({@code /power-source?site=}) or edited ({@code ?id=}): name, kind, capacity. */
@AuthorizeInstantiation("power.configure")
public class PowerSourceEditPage extends ChainEditPage {

    private final Long sourceId;
    private final long siteId;
    private final Model<String> name = Model.of();
    private final Model<SourceKind> kind = Model.of(SourceKind.UPS);
    private final Model<Long> capacityW = Model.of();

    public PowerSourceEditPage(PageParameters parameters) {
        super(parameters);
        this.sourceId = longParam(parameters, "id");
        if (sourceId != null) {
            SourceView read = found(() -> chain().source(DcimSession.get().caller(), sourceId));
            versionRead(read.version());
            siteId = read.siteId();
            name.setObject(read.name());
            kind.setObject(read.kind());
            capacityW.setObject(read.capacityW());
        } else {
            siteId = siteOf(longParam(parameters, "site"));
        }
        field("name", new TextField<>("name", name));
        field("kind", new DropDownChoice<>("kind", kind, Arrays.asList(SourceKind.values()),
                new LambdaChoiceRenderer<>(k -> ChainWords.kind(this, k), k -> k.name())));
        field("capacityW", new NumberTextField<>("capacityW", capacityW, Long.class).setMinimum(1L));
    }

    private NewSource spec() {
        return new NewSource(siteId, name.getObject(), kind.getObject(),
                capacityW.getObject() == null ? 0 : capacityW.getObject());
    }

    @Override
    protected long siteId() {
        return siteId;
    }

    @Override
    protected boolean isNew() {
        return sourceId == null;
    }

    @Override
    protected Destination create() {
        chain().addSource(DcimSession.get().caller(), spec());
        return backToChain();
    }

    @Override
    protected int edit(int versionRead) {
        return chain().editSource(DcimSession.get().caller(), sourceId, versionRead, spec()).version();
    }

    @Override
    protected Destination delete(int versionRead) {
        chain().removeSource(DcimSession.get().caller(), sourceId, versionRead);
        return backToChain();
    }

    @Override
    protected String title() {
        return sourceId == null ? getString("title.new") : getString("title.edit",
                Model.ofMap(java.util.Map.of("name", String.valueOf(name.getObject()))));
    }
}
