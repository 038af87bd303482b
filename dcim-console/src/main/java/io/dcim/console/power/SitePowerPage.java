package io.dcim.console.power;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.error.NotFoundException;
import io.dcim.console.layout.BasePage;
import io.dcim.power.PowerModule;
import io.dcim.power.load.SiteLoad;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
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
        IModel<List<SiteChoice>> sites = LoadableDetachableModel.of(() -> services.sites()
                .sites().stream().map(s -> new SiteChoice(s.getId(), s.getName())).toList());
        Long asked = longParam(parameters, "site");
        this.siteId = asked != null ? asked : sites.getObject().stream().findFirst().map(SiteChoice::id).orElse(null);
        boolean running = power().isPresent();
        add(new Label("notRunning", new ResourceModel("power.notRunning")).setVisible(!running));
        add(new Label("noSite", new ResourceModel("site.none")).setVisible(siteId == null));
        links(running);
        add(siteChooser(sites));
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

    /** Every site, the one shown marked; the period picked carries over. */
    private ListView<SiteChoice> siteChooser(IModel<List<SiteChoice>> sites) {
        return new ListView<>("sites", sites) {
            @Override
            protected void populateItem(ListItem<SiteChoice> item) {
                SiteChoice s = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("site", SitePowerPage.class,
                        new PageParameters().set("site", s.id()).set("period", period.key()));
                link.setBody(Model.of(s.name()));
                if (s.id().equals(siteId)) {
                    link.add(AttributeModifier.append("class", "current"));
                }
                item.add(link);
            }
        };
    }

    private SiteLoad siteLoad() {
        try {
            return siteId == null ? null : power().map(p -> p.loads().site(siteId)).orElse(null);
        } catch (NotFoundException e) {
            throw new AbortWithHttpErrorCodeException(404, e.getMessage());
        }
    }

    private Optional<PowerModule> power() {
        return services.powerIfRunning();
    }

    /** A site in the chooser: its id and name, not the entity. */
    record SiteChoice(Long id, String name) implements Serializable {
    }

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
