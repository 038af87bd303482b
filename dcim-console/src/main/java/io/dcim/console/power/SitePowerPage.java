package io.dcim.console.power;

import io.dcim.app.Services;
import jakarta.inject.Inject;
import io.dcim.common.error.NotFoundException;
import io.dcim.power.PowerModule;
import io.dcim.power.load.CabinetLoad;
import io.dcim.power.load.FacilitySource;
import io.dcim.power.load.LoadScope;
import io.dcim.power.load.PueFigure;
import io.dcim.power.load.SiteLoad;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Format;
import io.dcim.console.room.RoomPage;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import static io.dcim.console.layout.UrlParams.longParam;

/**
 * A site's power ({@code /power?site=&period=}): IT and facility load and PUE now, the PUE over the period, the IT
 * load and PUE trend chart, and the cabinets nearest their contracted kW.
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
        add(new Label("notRunning", "Power monitoring is not running in this instance.").setVisible(!running));
        add(new Label("noSite", "No site yet.").setVisible(siteId == null));
        add(new BookmarkablePageLink<>("targets", SnmpTargetsPage.class, siteId == null ? new PageParameters()
                : new PageParameters().set("site", siteId)));
        add(new BookmarkablePageLink<>("alarms", AlarmsPage.class));
        add(new BookmarkablePageLink<>("thresholds", ThresholdsPage.class, siteId == null ? new PageParameters()
                : new PageParameters().set("site", siteId)).setVisible(running && siteId != null));
        add(new ListView<>("sites", sites) {
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
        });
        this.load = LoadableDetachableModel.of(() -> {
            try {
                return siteId == null ? null : power().map(p -> p.loads().site(siteId)).orElse(null);
            } catch (NotFoundException e) {
                throw new AbortWithHttpErrorCodeException(404, e.getMessage());
            }
        });
        load.getObject();
        WebMarkupContainer figures = new WebMarkupContainer("figures");
        figures.setVisible(running && siteId != null);
        add(figures);
        figures.add(new Label("itKw", load.map(l -> Format.kw(l.itW()) + " kW")));
        figures.add(new Label("facilityKw", load.map(l -> Format.kw(l.facilityW()) + " kW")));
        figures.add(new Label("facilitySource", load.map(l -> source(l.facilitySource()))));
        figures.add(new Label("pue", load.map(l -> l.pue() == null ? "—" : l.pue().toPlainString())));
        figures.add(new FacilityGapsPanel("facilityGaps", load.map(SiteLoad::facilityMissing)));
        figures.add(new RoomLoadsPanel("rooms", load));
        figures.add(new Label("designPue", load.map(l -> "design " + l.designPue().toPlainString())));
        figures.add(new Label("contractedKw", load.map(l -> Format.kw(l.contractedW()) + " kW")));
        IModel<PueFigure> periodPue = LoadableDetachableModel.of(() -> power().map(p -> p.loads().sitePue(siteId,
                Instant.now().minus(period.length()), Instant.now())).orElse(null));
        figures.add(new Label("periodPue", periodPue.map(f -> f.pue() == null ? "—" : f.pue().toPlainString())));
        figures.add(new Label("periodPueNote", periodPue.map(f -> "last " + period.label() + ", " + f.hours()
                + " hour(s) of readings, " + Math.round(f.itKwh()) + " kWh IT")));
        figures.add(new ListView<>("periods", Arrays.asList(ChartPeriod.values())) {
            @Override
            protected void populateItem(ListItem<ChartPeriod> item) {
                ChartPeriod p = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("period", SitePowerPage.class,
                        new PageParameters().set("site", siteId).set("period", p.key()));
                link.setBody(Model.of(p.label()));
                if (p == period) {
                    link.add(AttributeModifier.append("class", "current"));
                }
                item.add(link);
            }
        });
        WebMarkupContainer chart = new WebMarkupContainer("trendChart");
        chart.add(AttributeModifier.replace("src", () -> chartUrl("png", false)));
        figures.add(chart);
        figures.add(new ExternalLink("trendPng", () -> chartUrl("png", true)));
        figures.add(new ExternalLink("trendSvg", () -> chartUrl("svg", true)));
        IModel<List<CabinetLoad>> nearest = LoadableDetachableModel.of(() -> power()
                .map(p -> p.loads().nearestContract(LoadScope.site(siteId), NEAREST)).orElse(List.of()));
        figures.add(new Label("noneMeasured", "No cabinet of this site has a current reading.") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(nearest.getObject().isEmpty());
            }
        });
        figures.add(new ListView<>("nearest", nearest) {
            @Override
            protected void populateItem(ListItem<CabinetLoad> item) {
                CabinetLoad c = item.getModelObject();
                BookmarkablePageLink<Void> cabinet = new BookmarkablePageLink<>("cabinet", CabinetPage.class,
                        new PageParameters().set("id", c.cabinetId()));
                cabinet.setBody(Model.of(c.cabinetName()));
                item.add(cabinet);
                BookmarkablePageLink<Void> room = new BookmarkablePageLink<>("room", RoomPage.class,
                        new PageParameters().set("id", c.roomId()));
                room.setBody(Model.of(c.roomName()));
                item.add(room);
                item.add(new Label("measured", Format.kw(c.measuredW())));
                item.add(new Label("contracted", Format.kw(c.contractedW())));
                Label utilization = new Label("utilization", c.utilizationPct() + "%");
                utilization.add(AttributeModifier.append("class", LevelColours.power(c.siteId(), c.cabinetId(),
                        c.utilizationPct())));
                item.add(utilization);
                item.add(new Label("headroom", Format.kw(c.headroomW())));
                item.add(new Label("inlet", c.inletTempC() == null ? "—" : c.inletTempC() + " °C"));
                item.add(new Label("reporting", c.complete() ? "" : c.pdusReporting() + " of " + c.pdus() + " PDUs"));
            }
        });
    }

    private String chartUrl(String format, boolean download) {
        PageParameters p = PowerChartResource.site(siteId, period).set("format", format);
        if (download) {
            p.set("download", "true");
        }
        return urlFor(PowerChartResource.REFERENCE, p).toString();
    }

    private static String source(FacilitySource source) {
        return switch (source) {
            case METERS -> "from the utility meters";
            case UPS_INPUT -> "from the UPS inputs";
            case DESIGN_PUE -> "IT load × design PUE (no meter or UPS polled)";
        };
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
        return l == null ? "Power" : "Power · " + l.siteName();
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
