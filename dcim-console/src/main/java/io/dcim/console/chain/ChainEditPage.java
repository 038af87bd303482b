package io.dcim.console.chain;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.power.chain.ChainFacade;
import io.dcim.power.chain.ChainSpecs.Saved;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * What the source, panel and feed edit pages share: the chain façade, the part edited ({@code ?id=}, none for a new
 * one) and its name, the site, adding, saving and removing through the façade as the caller, and the way back to
 * the site's chain.
 */
abstract class ChainEditPage extends FormEditPage {

    /** The part's name: the title of its edit page names it. */
    protected final Model<String> name = Model.of();
    @Inject
    private Services services;
    private final Long partId;
    private long siteId;

    ChainEditPage(PageParameters parameters) {
        super(parameters);
        if (services.powerIfRunning().isEmpty()) {
            throw new AbortWithHttpErrorCodeException(503, "power monitoring is not running in this instance");
        }
        this.partId = longParam(parameters, "id");
    }

    /** The id of the part edited, null on a page adding one. */
    protected final Long partId() {
        return partId;
    }

    /** The site the part is (or is added) in, set once the constructor knows it. */
    protected final void inSite(long site) {
        this.siteId = site;
    }

    protected final long siteId() {
        return siteId;
    }

    /** Records the part from the form. */
    protected abstract void add(Caller caller);

    /** Saves the form over the part as read at {@code versionRead}. */
    protected abstract Saved change(Caller caller, long id, int versionRead);

    protected abstract void remove(Caller caller, long id, int versionRead);

    @Override
    protected final boolean isNew() {
        return partId == null;
    }

    @Override
    protected final Destination create() {
        add(DcimSession.get().caller());
        return backToChain();
    }

    @Override
    protected final int edit(int versionRead) {
        return change(DcimSession.get().caller(), partId, versionRead).version();
    }

    @Override
    protected final Destination delete(int versionRead) {
        remove(DcimSession.get().caller(), partId, versionRead);
        return backToChain();
    }

    @Override
    protected final String title() {
        return partId == null ? getString("title.new") : getString("title.edit",
                Model.ofMap(java.util.Map.of("name", String.valueOf(name.getObject()))));
    }

    protected final Services services() {
        return services;
    }

    protected final ChainFacade chain() {
        return services.power().chainFacade();
    }

    /** The site of the part edited, or the one the URL names for a new part, else the first site. */
    protected final long siteOf(Long asked) {
        if (asked != null) {
            return asked;
        }
        return services.sites().sites().stream().findFirst()
                .orElseThrow(() -> new AbortWithHttpErrorCodeException(404, "no site")).getId();
    }

    protected final Destination backToChain() {
        return new Destination(PowerChainPage.class, new PageParameters().set("site", siteId()));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.chain"), PowerChainPage.class,
                new PageParameters().set("site", siteId())), Crumb.here(title()));
    }
}
