package io.dcim.console.home;

import io.dcim.app.Services;
import io.dcim.console.layout.EditLink;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Texts;
import io.dcim.console.power.LevelColours;
import io.dcim.console.room.RoomPage;
import io.dcim.console.site.SiteEditPage;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.SiteTotals;
import jakarta.inject.Inject;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.GenericPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.danekja.java.util.function.serializable.SerializableFunction;

/** The totals of one site as tiles, with power and space drawn as bars, and the way to edit it for who may. */
public class SiteTotalsPanel extends GenericPanel<SiteTotals> {

    @Inject
    private Services services;

    public SiteTotalsPanel(String id, IModel<SiteTotals> model) {
        super(id, model);
        add(new Label("name", model.map(SiteTotals::siteName)));
        add(new Label("cabinets", model.map(t -> Format.count(t.cabinets()))));
        add(new Label("cabinetsSplit", model.map(t -> Texts.of(this, "cabinetsSplit",
                "used", Format.count(t.cabinetsUsed()), "vacant", Format.count(t.cabinetsEmpty())))));
        add(new Label("uUsed", model.map(t -> Format.count(t.uUsed()) + " U")));
        add(new Label("uFree", model.map(t -> Texts.of(this, "uFree",
                "free", Format.count(t.uFree()), "total", Format.count(t.uTotal())))));
        add(bar("uBar", model.map(t -> Format.percent(t.uUsed(), t.uTotal())), LevelColours::fill));
        add(new Label("typicalKw", model.map(t -> Format.kw(t.typicalW()) + " kW")));
        add(new Label("contractedKw", model.map(t -> Texts.of(this, "contractedKw",
                "kw", Format.kw(t.contractedW())))));
        add(bar("kwBar", model.map(t -> Format.percent(t.typicalW(), t.contractedW())),
                percent -> LevelColours.power(model.getObject().siteId(), null, percent)));
        add(new Label("servers", model.map(t -> Format.count(t.servers()))));
        add(new Label("gpus", model.map(t -> Format.count(t.gpus()))));
        add(new Label("gpusInService", model.map(t -> Texts.of(this, "gpusInService",
                "count", Format.count(t.gpusInService())))));
        add(new Label("gpusAllocated", model.map(t -> Format.count(t.gpusAllocated()))));
        add(new Label("gpusIdle", model.map(t -> Texts.of(this, "gpusIdle",
                "count", Format.count(t.gpusInService() - t.gpusAllocated())))));
        add(bar("gpuBar", model.map(t -> Format.percent(t.gpusAllocated(), t.gpus())), LevelColours::fill));
        long siteId = model.getObject().siteId();
        add(new GpuBreakdownPanel("gpuBreakdown", siteId));
        add(EditLink.to("edit", SiteEditPage.class, siteId));
        add(new ListView<>("rooms", LoadableDetachableModel.of(() -> services.sites().rooms(siteId))) {
            @Override
            protected void populateItem(ListItem<Room> item) {
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("room", RoomPage.class,
                        new PageParameters().set("id", item.getModelObject().getId()));
                link.add(new Label("roomName", item.getModelObject().getName()));
                item.add(link);
            }
        });
    }

    /** A bar whose fill is the percentage, coloured by {@code band} (a CSS class for the percentage). */
    private static WebMarkupContainer bar(String id, IModel<Double> percent, SerializableFunction<Double, String> band) {
        WebMarkupContainer bar = new WebMarkupContainer(id);
        bar.add(AttributeModifier.replace("style", percent.map(p -> "width:" + Math.min(100, Math.round(p)) + "%")));
        bar.add(AttributeModifier.append("class", percent.map(band)));
        bar.add(AttributeModifier.replace("title", percent.map(p -> Math.round(p) + "%")));
        return bar;
    }
}
