package io.dcim.console.power;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Found;
import io.dcim.console.layout.SiteChoice;
import io.dcim.console.layout.SiteLinks;
import io.dcim.power.PowerModule;
import io.dcim.power.load.SiteLoad;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A site's power ({@code /power?site=&period=}): IT and facility load and PUE now, the PUE over the period, the IT
 * load and PUE trend chart, and the cabinets nearest their contracted kW ({@link SitePowerFiguresPanel}), under
 * the links to the site's targets, alarms and alarm levels and a chooser of the site.
 */
public class SitePowerPage extends BasePage {

    @Inject
    private Services services;

    static final int NEAREST = 20;

    private final Long siteId;
    private final ChartPeriod period;
    private final IModel<SiteLoad> load;

    public SitePowerPage(PageParameters parameters) {
        super(parameters);
        this.period = ChartPeriod.parse(parameters.get("period").toOptionalString());
        IModel<List<SiteChoice>> sites = LoadableDetachableModel.of(() -> services.sites().sites().stream()
                .map(SiteChoice::of).toList());
        this.siteId = SiteChoice.askedOrFirst(longParam(parameters, "site"), sites.getObject());
        boolean running = power().isPresent();
        add(new Label("notRunning", new ResourceModel("power.notRunning")).setVisible(!running));
        add(new Label("noSite", new ResourceModel("site.none")).setVisible(siteId == null));
        links(running);
        // the period picked carries over
        add(new SiteLinks("sites", sites, siteId, SitePowerPage.class, new PageParameters().set("period", period.key())));
        this.load = LoadableDetachableModel.of(this::siteLoad);
        load.getObject(); // an unknown site answers 404 now, not halfway through rendering
        add(new SitePowerFiguresPanel("figures", siteId, period, load).setVisible(running && siteId != null));
    }

    /** To the site's SNMP targets, its alarms and (when monitoring runs) its alarm levels. */
    private void links(boolean running) {
        PageParameters ofSite = siteId == null ? new PageParameters() : new PageParameters().set("site", siteId);
        add(new BookmarkablePageLink<>("targets", SnmpTargetsPage.class, ofSite));
        add(new BookmarkablePageLink<>("alarms", AlarmsPage.class));
        add(new BookmarkablePageLink<>("thresholds", ThresholdsPage.class, ofSite)
                .setVisible(running && siteId != null));
    }

    private SiteLoad siteLoad() {
        return siteId == null ? null : Found.or404(() -> power().map(p -> p.loads().site(siteId)).orElse(null));
    }

    private Optional<PowerModule> power() {
        return services.powerIfRunning();
    }

    /** A site in the chooser: its id and name, not the entity. */
    @Override
    protected String title() {
        SiteLoad l = running() ? load.getObject() : null;
        return l == null ? getString("title") : getString("title") + " · " + l.siteName();
    }

    private boolean running() {
        return siteId != null && power().isPresent();
    }

    @Override
    protected void onDetach() {
        load.detach();
        super.onDetach();
    }
}
