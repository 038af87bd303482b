package io.dcim.console.power;

import io.dcim.app.Services;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.layout.EmptyNote;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.NameLink;
import io.dcim.console.room.RoomPage;
import io.dcim.power.PowerModule;
import io.dcim.power.load.CabinetLoad;
import io.dcim.power.load.LoadScope;
import io.dcim.power.load.PueFigure;
import io.dcim.power.load.SiteLoad;
import jakarta.inject.Inject;
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
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * What {@link SitePowerPage} shows of one site when power monitoring runs: the load and PUE tiles, where facility
 * figures are missing, the loads by room, the trend chart over the period picked, and the cabinets nearest their
 * contracted kW.
 */
class SitePowerFiguresPanel extends Panel {

    @Inject
    private Services services;

    private final Long siteId;
    private final ChartPeriod period;

    SitePowerFiguresPanel(String id, Long siteId, ChartPeriod period, IModel<SiteLoad> load) {
        super(id);
        this.siteId = siteId;
        this.period = period;
        tiles(load);
        add(new FacilityGapsPanel("facilityGaps", siteId, load.map(SiteLoad::facilityMissing)));
        add(new RoomLoadsPanel("rooms", load));
        trend();
        nearestContract();
    }

    /** IT and facility load now, PUE now and over the period. */
    private void tiles(IModel<SiteLoad> load) {
        add(new Label("itKw", load.map(l -> Format.kw(l.itW()) + " kW")));
        add(new Label("contractedKw", load.map(l -> new StringResourceModel("figures.ofContracted", this)
                .setParameters(Format.kw(l.contractedW())).getString())));
        add(new Label("facilityKw", load.map(l -> Format.kw(l.facilityW()) + " kW")));
        add(new Label("facilitySource", load.map(l -> getString("figures.source." + l.facilitySource().name()))));
        add(new Label("pue", load.map(l -> l.pue() == null ? "—" : l.pue().toPlainString())));
        add(new Label("designPue", load.map(l -> new StringResourceModel("figures.designPue", this)
                .setParameters(l.designPue().toPlainString()).getString())));
        IModel<PueFigure> periodPue = LoadableDetachableModel.of(() -> power().map(p -> p.loads().sitePue(siteId,
                Instant.now().minus(period.length()), Instant.now())).orElse(null));
        add(new Label("periodPue", periodPue.map(f -> f.pue() == null ? "—" : f.pue().toPlainString())));
        add(new Label("periodPueNote", periodPue.map(f -> new StringResourceModel("figures.periodPueNote", this)
                .setParameters(getString("power.period." + period.name()), Format.count(f.hours()),
                        Format.count(Math.round(f.itKwh()))).getString())));
    }

    /** The periods to pick from and the IT load and PUE chart over the one picked, to download as PNG or SVG. */
    private void trend() {
        add(new ListView<>("periods", Arrays.asList(ChartPeriod.values())) {
            @Override
            protected void populateItem(ListItem<ChartPeriod> item) {
                ChartPeriod p = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("period", SitePowerPage.class,
                        new PageParameters().set("site", siteId).set("period", p.key()));
                link.setBody(new ResourceModel("power.period." + p.name()));
                if (p == period) {
                    link.add(AttributeModifier.append("class", "current"));
                }
                item.add(link);
            }
        });
        WebMarkupContainer chart = new WebMarkupContainer("trendChart");
        chart.add(AttributeModifier.replace("src", () -> chartUrl("png", false)));
        add(chart);
        add(new ExternalLink("trendPng", () -> chartUrl("png", true)));
        add(new ExternalLink("trendSvg", () -> chartUrl("svg", true)));
        WebMarkupContainer forecast = new WebMarkupContainer("forecastChart");
        forecast.add(AttributeModifier.replace("src", () -> forecastUrl("png", false)));
        add(forecast);
        add(new ExternalLink("forecastPng", () -> forecastUrl("png", true)));
        add(new ExternalLink("forecastSvg", () -> forecastUrl("svg", true)));
    }

    /** The site's IT load forecast for the next seven days, with its 80 and 95 % intervals. */
    private String forecastUrl(String format, boolean download) {
        PageParameters p = PowerChartResource.forecast("site", siteId).set("format", format);
        if (download) {
            p.set("download", "true");
        }
        return urlFor(PowerChartResource.REFERENCE, p).toString();
    }

    /** The cabinets drawing most of their contract, coloured by the levels in force for each. */
    private void nearestContract() {
        IModel<List<CabinetLoad>> nearest = LoadableDetachableModel.of(() -> power()
                .map(p -> p.loads().nearestContract(LoadScope.site(siteId), SitePowerPage.NEAREST)).orElse(List.of()));
        add(new EmptyNote("noneMeasured", "figures.noneMeasured", nearest));
        add(new ListView<>("nearest", nearest) {
            @Override
            protected void populateItem(ListItem<CabinetLoad> item) {
                CabinetLoad c = item.getModelObject();
                item.add(NameLink.to("cabinet", CabinetPage.class, c.cabinetId(), c.cabinetName()));
                item.add(NameLink.to("room", RoomPage.class, c.roomId(), c.roomName()));
                item.add(new Label("measured", Format.kw(c.measuredW())));
                item.add(new Label("contracted", Format.kw(c.contractedW())));
                Label utilization = new Label("utilization", c.utilizationPct() + "%");
                utilization.add(AttributeModifier.append("class", LevelColours.power(c.siteId(), c.cabinetId(),
                        c.utilizationPct())));
                item.add(utilization);
                item.add(new Label("headroom", Format.kw(c.headroomW())));
                item.add(new Label("inlet", c.inletTempC() == null ? "—" : c.inletTempC() + " °C"));
                item.add(new Label("reporting", c.complete() ? "" : new StringResourceModel("figures.pdusReporting", this)
                        .setParameters(c.pdusReporting(), c.pdus()).getString()));
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

    private Optional<PowerModule> power() {
        return services.powerIfRunning();
    }
}
