package io.dcim.console.power;

import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotFoundException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.chart.ChartFormat;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.wiring.SignedInResource;
import io.dcim.forecasting.power.PowerForecast;
import io.dcim.forecasting.power.PowerForecastQuery;
import io.dcim.forecasting.power.PowerForecasts;
import io.dcim.power.PowerModule;
import io.dcim.power.load.PowerTrends;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.request.resource.ResourceReference;
import org.jfree.chart.JFreeChart;

/**
 * Power charts as images, for anyone signed in: {@code ?cabinet=ID&chart=power|inlet} or {@code ?site=ID&chart=trend},
 * with {@code period} (6h, 24h, 7d, 30d, 1y), the size in pixels ({@code w}, {@code h}), {@code format=png|svg} and
 * {@code download=true} for an attachment. The series asked for has about one point per pixel of the plot.
 */
public final class PowerChartResource extends SignedInResource {

    public static final String PATH = "/power/chart";
    public static final ResourceReference REFERENCE =
            reference(PowerChartResource.class, "chart", PowerChartResource::new);
    static final int DEFAULT_WIDTH = 900;
    static final int DEFAULT_HEIGHT = 300;
    /** Axes and labels take about this much of the width; the rest is the plot, one point per pixel. */
    private static final int AXES_PX = 120;

    public PowerChartResource() {
        super(403, "sign in to see power charts");
    }

    /** The parameters of a chart image, for a page's {@code img src} and download links. */
    public static PageParameters cabinet(long cabinetId, String chart, ChartPeriod period) {
        return new PageParameters().set("cabinet", cabinetId).set("chart", chart).set("period", period.key());
    }

    /** The forecast chart of a site (next 7 days) or, with {@code cabinet}, of a cabinet (next 24 hours). */
    public static PageParameters forecast(String scope, long id) {
        return new PageParameters().set(scope, id).set("chart", "forecast");
    }

    public static PageParameters site(long siteId, ChartPeriod period) {
        return new PageParameters().set("site", siteId).set("chart", "trend").set("period", period.key());
    }

    @Override
    protected ResourceResponse respond(DcimSession session, Attributes attributes, ResourceResponse response) {
        Optional<PowerModule> power = services().powerIfRunning();
        if (power.isEmpty()) {
            return response.setError(503, "power monitoring is not running in this instance");
        }
        PageParameters p = attributes.getParameters();
        ChartPeriod period = ChartPeriod.parse(p.get("period").toOptionalString());
        int width = bounded(p.get("w").toInt(DEFAULT_WIDTH), 300, 2_000);
        int height = bounded(p.get("h").toInt(DEFAULT_HEIGHT), 150, 1_200);
        ChartFormat format = "svg".equalsIgnoreCase(p.get("format").toOptionalString())
                ? ChartFormat.SVG : ChartFormat.PNG;
        String kind = p.get("chart").toString("power").toLowerCase(Locale.ROOT);
        Instant to = Instant.now();
        Instant from = to.minus(period.length());
        int points = Math.max(50, width - AXES_PX);
        PowerTrends trends = power.get().trends();
        ChartWords words = ChartWords.of(PowerCharts.class, org.apache.wicket.Session.get().getLocale());
        JFreeChart chart;
        String name;
        try {
            Long cabinet = p.get("cabinet").toOptionalLong();
            Long site = p.get("site").toOptionalLong();
            if (cabinet != null && (kind.equals("power") || kind.equals("inlet"))) {
                var trend = trends.cabinet(cabinet, from, to, points);
                ZoneId zone = SiteZones.current().of(cabinetSite(cabinet));
                chart = kind.equals("power") ? PowerCharts.cabinetPower(trend, period, zone, words)
                        : PowerCharts.cabinetInlet(trend, period, zone, words);
                name = "cabinet-" + trend.cabinetName() + "-" + kind;
            } else if (site != null && kind.equals("trend")) {
                var trend = trends.site(site, from, to, points);
                chart = PowerCharts.siteTrend(trend, period, SiteZones.current().of(site), words);
                name = "site-" + trend.siteName() + "-pue";
            } else if (kind.equals("forecast") && (site == null) != (cabinet == null)) {
                ZoneId zone = SiteZones.current().of(site != null ? site : cabinetSite(cabinet));
                chart = forecast(power.get(), site, cabinet, zone, words);
                name = (site != null ? "site-" + site : "cabinet-" + cabinet) + "-forecast";
            } else {
                return response.setError(400, "give cabinet with chart=power, inlet or forecast, or site with chart=trend or forecast");
            }
        } catch (NotFoundException e) {
            return response.setError(404, e.getMessage());
        } catch (DomainException | NumberFormatException | org.apache.wicket.util.string.StringValueConversionException e) {
            return response.setError(400, e.getMessage());
        }
        byte[] bytes = format.render(chart, width, height);
        response.setContentType(format.contentType());
        response.disableCaching();
        if (p.get("download").toBoolean(false)) {
            response.setContentDisposition(ContentDisposition.ATTACHMENT);
            response.setFileName(name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + period.key() + "." + format.extension());
        }
        response.setContentLength(bytes.length);
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes attributes) {
                attributes.getResponse().write(bytes);
            }
        });
        return response;
    }

    /**
     * Where a site's IT load (the next 7 days) or a cabinet's draw (the next 24 hours) is heading, hour by hour,
     * after the last two weeks or two days measured. Without enough history yet the chart says so (in the reader's
     * language) instead of failing the image.
     */
    private JFreeChart forecast(PowerModule power, Long site, Long cabinet, ZoneId zone, ChartWords words) {
        PowerForecasts forecasts = services().forecasting().powerForecasts(power.trends());
        Duration ahead = site != null ? Duration.ofDays(7) : Duration.ofHours(24);
        PowerForecastQuery query = new PowerForecastQuery(ahead, Duration.ofHours(1), new double[] {0.8, 0.95});
        try {
            PowerForecast f = site != null ? forecasts.site(DcimSession.get().caller(), site, query)
                    : forecasts.cabinet(DcimSession.get().caller(), cabinet, query);
            return PowerCharts.forecast(f, ahead.multipliedBy(2), zone, words);
        } catch (InvalidValueException notYet) {
            String name = site != null ? services().sites().site(site).getName() : services().cabinetQueries().find(cabinet).name();
            return PowerCharts.noForecast(name, notYet.reason(words.locale()), zone, words);
        }
    }

    /** The site a cabinet stands in; null (the default zone) for a cabinet that does not exist. */
    private Long cabinetSite(long cabinetId) {
        try {
            return services().cabinetQueries().find(cabinetId).siteId();
        } catch (io.dcim.common.error.NotFoundException e) {
            return null;
        }
    }

    private static int bounded(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
