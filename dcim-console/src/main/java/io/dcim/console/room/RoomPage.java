package io.dcim.console.room;

import static io.dcim.console.layout.UrlParams.idOr;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.home.HomePage;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.EditLink;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Texts;
import io.dcim.console.power.LevelColours;
import io.dcim.console.site.RoomEditPage;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.power.load.CabinetLoad;
import io.dcim.power.load.LoadScope;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A room as a floor plan: its rows, and in each row its cabinets in order, coloured by
 * typical power against the contract, with a bar for the units used. One query for the room.
 */
public class RoomPage extends BasePage {

    @Inject
    private Services services;

    /** A room holds a few hundred cabinets; this bounds a misconfigured one. */
    private static final int MAX_CABINETS = 1000;
    private final IModel<String> roomName;
    private final IModel<CabinetSummary> firstCabinet;

    public RoomPage(PageParameters parameters) {
        super(parameters);
        long roomId = idOr(parameters, "id", getApplication().getHomePage());
        IModel<List<RowOfCabinets>> rows = LoadableDetachableModel.of(() -> byRow(services
                .cabinetQueries().page(new CabinetFilter(null, roomId, null, null, null, null, null),
                        PageRequest.first(MAX_CABINETS, "name")).items()));
        roomName = rows.map(r -> r.isEmpty() ? getString("room") : r.get(0).cabinets().get(0).roomName());
        // Measured draw and inlet temperature from the SNMP sweep, one query for the room, when power monitoring runs.
        IModel<Map<Long, CabinetLoad>> measured = LoadableDetachableModel.of(() -> services
                .powerIfRunning().map(p -> p.loads().cabinets(LoadScope.room(roomId)).stream()
                        .collect(java.util.stream.Collectors.toMap(CabinetLoad::cabinetId, l -> l, (a, b) -> a)))
                .orElse(Map.of()));
        firstCabinet = rows.map(r -> r.isEmpty() ? null : r.get(0).cabinets().get(0));
        add(EditLink.to("edit", RoomEditPage.class, roomId));
        add(new ListView<>("rows", rows) {
            @Override
            protected void populateItem(ListItem<RowOfCabinets> row) {
                row.add(new Label("rowName", row.getModel().map(RowOfCabinets::name)));
                row.add(new ListView<>("cabinets", row.getModel().map(RowOfCabinets::cabinets)) {
                    @Override
                    protected void populateItem(ListItem<CabinetSummary> item) {
                        item.add(cell(item.getModelObject(), measured.getObject().get(item.getModelObject().id())));
                    }
                });
            }
        });
    }

    private static String bandOf(CabinetSummary c, double power) {
        String band = LevelColours.power(c.siteId(), c.id(), power);
        return !band.isEmpty() ? band : c.usedU() == 0 ? "empty" : "ok";
    }

    /** Coloured by measured draw against contract when the sweep has it, else by typical draw; inlet °C overlaid. */
    private BookmarkablePageLink<Void> cell(CabinetSummary c, CabinetLoad load) {
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("cabinet", CabinetPage.class,
                new PageParameters().set("id", c.id()));
        boolean measured = load != null && load.utilizationPct() != null;
        double power = measured ? load.utilizationPct() : c.powerUtilizationPct();
        link.add(AttributeModifier.append("class", bandOf(c, power)));
        String draw = measured
                ? Texts.of(this, "cell.measured", "kw", Format.kw(load.measuredW()), "contracted", Format.kw(c.contractedW()),
                        "percent", Math.round(power))
                : Texts.of(this, "cell.typical", "kw", Format.kw(c.typicalW()), "contracted", Format.kw(c.contractedW()),
                        "percent", Math.round(power));
        Double inlet = load == null ? null : load.inletTempC();
        link.add(AttributeModifier.replace("title", Texts.of(this, "cell.title", "name", c.name(), "used", c.usedU(),
                "height", c.heightU(), "draw", draw) + (inlet == null ? ""
                : Texts.of(this, "cell.inlet", "celsius", String.format(Format.locale(), "%.1f", inlet)))));
        link.add(new Label("name", c.name()));
        Label temp = new Label("temp", inlet == null ? "" : String.format("%.0f°", inlet));
        temp.add(AttributeModifier.append("class", inlet != null && inlet > 27 ? "hot" : ""));
        link.add(temp);
        WebMarkupContainer fill = new WebMarkupContainer("fill");
        fill.add(AttributeModifier.replace("style", "height:" + Math.round(100.0 * c.usedU() / c.heightU()) + "%"));
        link.add(fill);
        return link;
    }

    static List<RowOfCabinets> byRow(List<CabinetSummary> cabinets) {
        Map<String, List<CabinetSummary>> rows = new LinkedHashMap<>();
        cabinets.stream().sorted((a, b) -> a.rowName().equals(b.rowName()) ? Integer.compare(a.position(), b.position())
                : a.rowName().compareTo(b.rowName()))
                .forEach(c -> rows.computeIfAbsent(c.rowName(), k -> new ArrayList<>()).add(c));
        return rows.entrySet().stream().map(e -> new RowOfCabinets(e.getKey(), e.getValue())).toList();
    }

    record RowOfCabinets(String name, List<CabinetSummary> cabinets) implements java.io.Serializable {
    }

    @Override
    protected String title() {
        return Texts.of(this, "title", "room", roomName.getObject());
    }

    @Override
    protected List<Crumb> crumbs() {
        CabinetSummary any = firstCabinet.getObject();
        return any == null ? List.of() : List.of(Crumb.to(any.siteName(), HomePage.class, new PageParameters()),
                Crumb.here(any.roomName()));
    }
}
