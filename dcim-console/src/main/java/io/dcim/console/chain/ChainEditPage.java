package io.dcim.console.chain;

import io.dcim.app.Services;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.power.chain.ChainFacade;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** What the source, panel and feed edit pages share: the chain façade, the site, and the way back to its chain. */
abstract class ChainEditPage extends FormEditPage {

    @Inject
    private Services services;

    ChainEditPage(PageParameters parameters) {
        super(parameters);
        if (services.powerIfRunning().isEmpty()) {
            throw new AbortWithHttpErrorCodeException(503, "power monitoring is not running in this instance");
        }
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

    protected abstract long siteId();

    protected final Destination backToChain() {
        return new Destination(PowerChainPage.class, new PageParameters().set("site", siteId()));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.chain"), PowerChainPage.class,
                new PageParameters().set("site", siteId())), Crumb.here(title()));
    }
}
