package io.dcim.console.power;

import io.dcim.console.layout.Format;
import io.dcim.console.layout.NameLink;
import io.dcim.console.room.RoomPage;
import io.dcim.power.load.RoomLoad;
import io.dcim.power.load.SiteLoad;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.StringResourceModel;

/**
 * A site's IT load by room, with the share of the PDUs placed in no room on a row of its own, so the rows add up
 * to the site's figure.
 */
class RoomLoadsPanel extends Panel {

    RoomLoadsPanel(String id, IModel<SiteLoad> load) {
        super(id, load);
        add(new ListView<>("room", load.map(SiteLoad::rooms)) {
            @Override
            protected void populateItem(ListItem<RoomLoad> item) {
                RoomLoad r = item.getModelObject();
                item.add(NameLink.to("name", RoomPage.class, r.roomId(), r.roomName()));
                item.add(new Label("itKw", Format.kw(r.itW())));
                item.add(new Label("pdus", r.pdusReporting() + " / " + r.pdus()));
                item.add(new Label("facilityKw", Format.kw(r.facilityW())
                        + (r.facilityComplete() ? "" : " " + getString("rooms.partial"))));
                item.add(new Label("pue", r.pue() == null ? "—" : r.pue().toPlainString()));
            }
        });
        WebMarkupContainer notInRoom = new WebMarkupContainer("notInRoom") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(load.getObject().pdusNotInRoom() > 0);
            }
        };
        notInRoom.add(new Label("itKw", load.map(l -> Format.kw(l.itNotInRoomW()))));
        notInRoom.add(new Label("note", new StringResourceModel("rooms.notInRoomNote", this)
                .setParameters(load.map(SiteLoad::pdusNotInRoom))));
        add(notInRoom);
        add(new Label("totalKw", load.map(l -> Format.kw(l.itW()))));
    }
}
