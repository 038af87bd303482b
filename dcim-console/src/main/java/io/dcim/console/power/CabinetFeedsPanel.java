package io.dcim.console.power;

import io.dcim.app.Services;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Format;
import io.dcim.power.chain.FeedLoad;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.StringResourceModel;

/**
 * A cabinet's feeds: side, panel and source, breaker and its derated rating, and the load now against it (the
 * PDU's measurement, else the recorded devices' share). Hidden when the cabinet has no feeds recorded or power
 * monitoring is not running.
 */
public class CabinetFeedsPanel extends Panel {

    @Inject
    private Services services;

    private final IModel<List<FeedLoad>> feeds;

    public CabinetFeedsPanel(String id, long cabinetId) {
        super(id);
        this.feeds = LoadableDetachableModel.of(() -> services.powerIfRunning()
                .map(p -> p.chainFacade().cabinetFeeds(DcimSession.get().caller(), cabinetId)).orElse(List.of()));
        WebMarkupContainer table = new WebMarkupContainer("table");
        add(table);
        table.add(new ListView<>("feeds", feeds) {
            @Override
            protected void populateItem(ListItem<FeedLoad> item) {
                FeedLoad f = item.getModelObject();
                item.add(new Label("name", f.feedName()));
                item.add(new Label("side", f.side().name()));
                item.add(new Label("panel", f.panelName() + " · " + f.sourceName()));
                item.add(new Label("breaker", new StringResourceModel("feeds.breaker." + f.phases(),
                        CabinetFeedsPanel.this).setParameters(f.voltageV(), f.breakerRatingA())));
                item.add(new Label("derated", Format.amps(f.deratedA()) + " · " + Format.kw(f.deratedW())));
                item.add(new Label("load", Format.kw(f.loadW()) + (f.measured() ? "" : " " + getString("feeds.estimated"))));
                item.add(new Label("current", Format.amps(f.currentA())));
                Label pct = new Label("pct", Format.oneDecimal(f.pctOfDerated()) + " %");
                pct.add(AttributeModifier.append("class", f.over() ? "over" : ""));
                item.add(pct);
            }
        });
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(!feeds.getObject().isEmpty());
    }

    @Override
    protected void onDetach() {
        feeds.detach();
        super.onDetach();
    }
}
