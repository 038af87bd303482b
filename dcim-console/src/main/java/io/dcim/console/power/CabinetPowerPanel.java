package io.dcim.console.power;

import io.dcim.app.Services;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.NavigationLink;
import io.dcim.power.PowerModule;
import io.dcim.power.load.CabinetLoad;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A cabinet's measured draw now and its power and inlet-temperature charts over a period the user picks, with
 * the charts to download as PNG or SVG. Shows a note instead when power monitoring is not running.
 */
public class CabinetPowerPanel extends Panel {

    @Inject
    private Services services;

    private final long cabinetId;
    private final IModel<ChartPeriod> period = Model.of(ChartPeriod.DEFAULT);

    public CabinetPowerPanel(String id, long cabinetId) {
        super(id);
        this.cabinetId = cabinetId;
        boolean running = power().isPresent();
        add(new Label("notRunning", new ResourceModel("power.notRunning")).setVisible(!running));
        WebMarkupContainer charts = new WebMarkupContainer("charts");
        charts.setVisible(running);
        add(charts);
        IModel<CabinetLoad> load = LoadableDetachableModel.of(() -> power().map(p -> p.loads().cabinet(cabinetId)).orElse(null));
        charts.add(new Label("now", load.map(this::describe)));
        charts.add(new ListView<>("periods", Arrays.asList(ChartPeriod.values())) {
            @Override
            protected void populateItem(ListItem<ChartPeriod> item) {
                ChartPeriod p = item.getModelObject();
                // Only chooses the period the charts show: a GET may follow it.
                NavigationLink<Void> link = new NavigationLink<>("period") {
                    @Override
                    public void onClick() {
                        period.setObject(p);
                    }
                };
                link.setBody(new ResourceModel("power.period." + p.name()));
                link.add(AttributeModifier.append("class", () -> period.getObject() == p ? "current" : ""));
                item.add(link);
            }
        });
        for (String chart : new String[] {"power", "inlet", "forecast"}) {
            WebMarkupContainer image = new WebMarkupContainer(chart + "Chart");
            image.add(AttributeModifier.replace("src", () -> url(chart, "png", false)));
            charts.add(image);
            charts.add(new ExternalLink(chart + "Png", () -> url(chart, "png", true)));
            charts.add(new ExternalLink(chart + "Svg", () -> url(chart, "svg", true)));
        }
    }

    private String url(String chart, String format, boolean download) {
        PageParameters parameters = PowerChartResource.cabinet(cabinetId, chart, period.getObject()).set("format", format);
        if (download) {
            parameters.set("download", "true");
        }
        return urlFor(PowerChartResource.REFERENCE, parameters).toString();
    }

    private String describe(CabinetLoad c) {
        if (c == null || !c.measured()) {
            return getString("cabinet.noReading");
        }
        StringBuilder text = new StringBuilder(new StringResourceModel("cabinet.measured", this)
                .setParameters(Format.kw(c.measuredW()), Format.kw(c.contractedW()), String.valueOf(c.utilizationPct())).getString());
        if (!c.complete()) {
            text.append(new StringResourceModel("cabinet.partial", this).setParameters(c.pdusReporting(), c.pdus())
                    .getString());
        }
        if (c.inletTempC() != null) {
            text.append(new StringResourceModel("cabinet.inlet", this).setParameters(String.valueOf(c.inletTempC())).getString());
        }
        return text.append(getString("cabinet.end")).toString();
    }

    private Optional<PowerModule> power() {
        return services.powerIfRunning();
    }

    @Override
    protected void onDetach() {
        period.detach();
        super.onDetach();
    }
}
