package io.dcim.console.energy;

import static io.dcim.console.layout.UrlParams.intParam;
import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.NotFoundException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.chart.ChartPanel;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.SiteChoice;
import io.dcim.console.layout.SiteLinks;
import io.dcim.console.layout.Times;
import io.dcim.power.energy.EnergyFacade;
import io.dcim.power.energy.EnergyFigures;
import io.dcim.power.energy.EnergyReport;
import io.dcim.power.energy.Mark;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.ByteArrayResource;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.request.resource.IResource;

/**
 * A site's energy year against the national targets ({@code /energy?site=&year=}): a chart of IT and facility
 * energy with the PUE, a table of the months and the year (energy, PUE, rack occupancy, renewable share, CO2,
 * energy per GPU-hour, each with its mark), the targets, and the same as XLSX.
 */
@AuthorizeInstantiation("energy.report")
public class EnergyReportPage extends BasePage {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int CHART_WIDTH = 960;
    static final int CHART_HEIGHT = 360;

    @Inject
    private Services services;

    private final Long siteId;
    private final int year;
    private final IModel<EnergyReport> report;

    public EnergyReportPage(PageParameters parameters) {
        super(parameters);
        IModel<List<SiteChoice>> sites = LoadableDetachableModel.of(() -> services.sites().sites().stream()
                .map(SiteChoice::of).toList());
        Long asked = longParam(parameters, "site");
        Optional<SiteChoice> site = asked == null ? sites.getObject().stream().findFirst()
                : sites.getObject().stream().filter(s -> s.id().equals(asked)).findFirst();
        if (asked != null && site.isEmpty()) {
            throw new AbortWithHttpErrorCodeException(404, "no site " + asked);
        }
        this.siteId = site.map(SiteChoice::id).orElse(null);
        Integer askedYear = intParam(parameters, "year");
        this.year = askedYear != null ? askedYear
                : LocalDate.now(site.map(SiteChoice::zone).orElse(ZoneId.of("UTC"))).getYear();
        boolean running = energy().isPresent() && siteId != null;
        this.report = LoadableDetachableModel.of(() -> running ? ask() : null);
        report.getObject(); // a refusal (year out of range) answers now, not halfway through rendering
        add(new Label("notRunning", getString("notRunning")).setVisible(energy().isEmpty()));
        add(new Label("noSite", getString("noSite")).setVisible(siteId == null));
        add(new SiteLinks("sites", sites, siteId, EnergyReportPage.class, new PageParameters().set("year", year)));
        add(yearLink("previous", year - 1).setVisible(siteId != null));
        add(new Label("year", String.valueOf(year)).setVisible(siteId != null));
        add(yearLink("next", year + 1).setVisible(siteId != null));
        WebMarkupContainer body = new WebMarkupContainer("report");
        body.setVisible(running);
        add(body);
        if (running) {
            long chosenSite = siteId;
            int chosenYear = year;
            body.add(new ChartPanel("chart", () -> EnergyChart.of(services.power().energyFacade()
                    .report(DcimSession.get().caller(), chosenSite, chosenYear), DcimSession.get().getLocale()),
                    CHART_WIDTH, CHART_HEIGHT, "energy-site-" + siteId + "-" + year));
            body.add(new ResourceLink<>("xlsx", workbook(chosenSite, chosenYear)));
            body.add(new BookmarkablePageLink<>("contracts", SupplyContractsPage.class,
                    new PageParameters().set("site", siteId)));
            body.add(new Label("source", () -> getString("source." + report.getObject().facilitySource().name())));
            body.add(new Label("emission", () -> report.getObject().gridEmissionKgPerKwh() == null
                    ? getString("noEmission")
                    : getString("emission", Model.of(new Emission(report.getObject().gridEmissionKgPerKwh()
                            .toPlainString())))));
            body.add(months());
            body.add(row("total", report.map(EnergyReport::total), getString("year.total")));
            body.add(new Label("targets", () -> getString("targets", Model.of(new Targets(report.getObject())))));
        }
    }

    private EnergyReport ask() {
        try {
            return energy().orElseThrow().report(DcimSession.get().caller(), siteId, year);
        } catch (NotFoundException e) {
            throw new AbortWithHttpErrorCodeException(404, e.getMessage());
        } catch (DomainException e) {
            throw new AbortWithHttpErrorCodeException(400, e.getMessage());
        }
    }

    private ListView<EnergyReport.Month> months() {
        return new ListView<>("months", report.map(EnergyReport::months)) {
            @Override
            protected void populateItem(ListItem<EnergyReport.Month> item) {
                EnergyReport.Month m = item.getModelObject();
                item.add(cells(m.figures(), Times.month(m.month())));
            }
        };
    }

    private WebMarkupContainer row(String id, IModel<EnergyFigures> figures, String label) {
        WebMarkupContainer row = new WebMarkupContainer(id);
        row.add(cells(figures.getObject(), label));
        return row;
    }

    /** The figures of one row, a month's or the year's ({@code cells}, written once), each mark coloured beside its figure. */
    private Fragment cells(EnergyFigures f, String label) {
        Fragment c = new Fragment("c", "cells", this);
        c.add(new Label("label", label));
        c.add(new Label("it", kwh(f.itKwh())));
        c.add(new Label("facility", kwh(f.facilityKwh())));
        c.add(new Label("pue", figure(f.pue(), "0.000")));
        c.add(mark("pueMark", f.pueMark()));
        c.add(mark("pueNewLargeMark", f.pueNewLargeMark()));
        c.add(new Label("occupancy", f.occupancyPct() == null ? "—"
                : figure(f.occupancyPct(), "0.0") + " % (" + f.cabinetsInUse() + "/" + f.cabinetsLeased() + ")"));
        c.add(mark("occupancyMark", f.occupancyMark()));
        c.add(new Label("renewable", f.renewableSharePct() == null ? "—" : figure(f.renewableSharePct(), "0.0") + " %"));
        c.add(mark("renewableMark", f.renewableMark()));
        c.add(new Label("co2", figure(f.co2Kg(), "#,##0.0")));
        c.add(new Label("perGpuHour", figure(f.itKwhPerGpuHour(), "0.000")));
        c.add(mark("perGpuHourMark", f.perGpuHourMark()));
        return c;
    }

    private Label mark(String id, Mark mark) {
        Label label = new Label(id, getString("mark." + mark.name()));
        label.add(AttributeModifier.append("class", "mark-" + mark.name().toLowerCase(Locale.ROOT)));
        return label;
    }

    private String kwh(BigDecimal value) {
        return figure(value, "#,##0.0");
    }

    private String figure(BigDecimal value, String pattern) {
        return value == null ? "—" : new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(getLocale()))
                .format(value);
    }

    private ByteArrayResource workbook(long site, int reportYear) {
        return new ByteArrayResource(XLSX) {
            @Override
            protected byte[] getData(IResource.Attributes attributes) {
                return services.power().energyFacade().workbook(DcimSession.get().caller(), site, reportYear);
            }

            @Override
            protected void configureResponse(ResourceResponse response, IResource.Attributes attributes) {
                super.configureResponse(response, attributes);
                response.setFileName("energy-site-" + site + "-" + reportYear + ".xlsx");
                response.setContentDisposition(ContentDisposition.ATTACHMENT);
                response.disableCaching();
            }
        };
    }

    private BookmarkablePageLink<Void> yearLink(String id, int to) {
        return new BookmarkablePageLink<>(id, EnergyReportPage.class,
                new PageParameters().set("site", siteId == null ? "" : siteId).set("year", to));
    }

    private Optional<EnergyFacade> energy() {
        return services.powerIfRunning().map(p -> p.energyFacade());
    }

    @Override
    protected String title() {
        return getString("title");
    }

    @Override
    protected void onDetach() {
        report.detach();
        super.onDetach();
    }

    /** The emission factor, for the bundle's {@code ${factor}}. */
    public record Emission(String factor) implements Serializable {
        public String getFactor() {
            return factor;
        }
    }

    /** The targets, for the bundle's {@code ${pue}}, {@code ${pueNewLarge}}, {@code ${occupancy}}, {@code ${growth}}. */
    public record Targets(String pue, String pueNewLarge, String occupancy, String growth) implements Serializable {

        Targets(EnergyReport r) {
            this(r.targets().pueBelow().toPlainString(), r.targets().pueBelowNewLarge().toPlainString(),
                    r.targets().occupancyAtLeastPct().toPlainString(), r.targets().renewableGrowthPct().toPlainString());
        }

        public String getPue() { return pue; }
        public String getPueNewLarge() { return pueNewLarge; }
        public String getOccupancy() { return occupancy; }
        public String getGrowth() { return growth; }
    }
}
