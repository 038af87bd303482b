package io.dcim.console.power;

import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Texts;
import io.dcim.console.layout.Times;
import io.dcim.power.remote.CollectorHealth;
import io.dcim.power.remote.CollectorView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The rows of {@link CollectorsPage}'s list: each collector with its health (last contact, lag, buffer, dropped
 * batches, targets polled, version). Its texts are the page's ({@code CollectorsPage.properties}).
 */
final class CollectorRows extends ListView<CollectorView> {

    CollectorRows(String id, IModel<List<CollectorView>> collectors) {
        super(id, collectors);
    }

    @Override
    protected void populateItem(ListItem<CollectorView> item) {
        CollectorView c = item.getModelObject();
        BookmarkablePageLink<Void> edit = new BookmarkablePageLink<>("edit", CollectorsPage.class,
                new PageParameters().set("id", c.id()));
        edit.add(new Label("name", c.name()));
        item.add(edit);
        item.add(new Label("site", c.siteName()));
        item.add(new Label("health", healthLabel(c.health())).add(AttributeModifier.append("class", healthClass(c.health()))));
        item.add(new Label("lastContact", when(c.lastContactAt(), c.siteId())));
        item.add(new Label("lag", lag(c.lag())));
        item.add(new Label("buffer", Texts.of(this, "bufferFigures", "batches", count(c.bufferBatches()),
                "kib", count((c.bufferBytes() + 1023) / 1024))));
        item.add(new Label("dropped", count(c.droppedBatches())));
        item.add(new Label("targets", Texts.of(this, c.wholeSite() ? "targetsWhole" : "targetsChosen",
                "count", String.valueOf(c.targets()))));
        item.add(new Label("agentVersion", c.agentVersion() == null ? "—" : c.agentVersion()));
    }

    private String count(long n) {
        return String.format(getLocale(), "%,d", n);
    }

    private String healthLabel(CollectorHealth health) {
        return switch (health) {
            case NEVER_SEEN -> getString("health.neverSeen");
            case OK -> getString("health.ok");
            case CATCHING_UP -> getString("health.catchingUp");
            case SILENT -> getString("health.silent");
        };
    }

    private static String healthClass(CollectorHealth health) {
        return switch (health) {
            case OK -> "ok";
            case CATCHING_UP -> "warning";
            case SILENT, NEVER_SEEN -> "critical";
        };
    }

    private static String when(Instant at, long site) {
        return at == null ? "—" : Times.second(at, SiteZones.current().of(site));
    }

    private String lag(Duration lag) {
        if (lag == null) {
            return "—";
        }
        long s = Math.max(0, lag.toSeconds());
        return s < 120 ? Texts.of(this, "lagSeconds", "s", String.valueOf(s))
                : Texts.of(this, "lagMinutes", "m", String.valueOf(s / 60));
    }
}
