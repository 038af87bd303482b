package io.dcim.console.chain;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.common.access.Caller;
import io.dcim.console.auth.DcimSession;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.ChainSpecs.Saved;
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

    private final Model<SourceKind> kind = Model.of(SourceKind.UPS);
    private final Model<Long> capacityW = Model.of();

    public PowerSourceEditPage(PageParameters parameters) {
        super(parameters);
        if (partId() != null) {
            SourceView read = found(() -> chain().source(DcimSession.get().caller(), partId()));
            versionRead(read.version());
            inSite(read.siteId());
            name.setObject(read.name());
            kind.setObject(read.kind());
            capacityW.setObject(read.capacityW());
        } else {
            inSite(siteOf(longParam(parameters, "site")));
        }
        field("name", new TextField<>("name", name));
        field("kind", new DropDownChoice<>("kind", kind, Arrays.asList(SourceKind.values()),
                new LambdaChoiceRenderer<>(k -> ChainWords.kind(this, k), k -> k.name())));
        field("capacityW", new NumberTextField<>("capacityW", capacityW, Long.class).setMinimum(1L));
    }

    private NewSource spec() {
        return new NewSource(siteId(), name.getObject(), kind.getObject(),
                capacityW.getObject() == null ? 0 : capacityW.getObject());
    }

    @Override
    protected void add(Caller caller) {
        chain().addSource(caller, spec());
    }

    @Override
    protected Saved change(Caller caller, long id, int versionRead) {
        return chain().editSource(caller, id, versionRead, spec());
    }

    @Override
    protected void remove(Caller caller, long id, int versionRead) {
        chain().removeSource(caller, id, versionRead);
    }
}
