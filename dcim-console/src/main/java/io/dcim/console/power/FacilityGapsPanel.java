package io.dcim.console.power;

import io.dcim.power.load.FacilityGap;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Says that a facility load is incomplete and why: which meters or UPSes it left out for want of a current
 * reading. Shown only when some are left out, so a partial sum is never taken for the whole facility.
 */
class FacilityGapsPanel extends Panel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    FacilityGapsPanel(String id, IModel<List<FacilityGap>> gaps) {
        super(id, gaps);
        add(new Label("summary", new StringResourceModel("facility.incomplete", this)
                .setParameters(gaps.map(List::size))));
        add(new ListView<>("gaps", gaps) {
            @Override
            protected void populateItem(ListItem<FacilityGap> item) {
                FacilityGap gap = item.getModelObject();
                BookmarkablePageLink<Void> target = new BookmarkablePageLink<>("target", SnmpTargetPage.class,
                        new PageParameters().set("id", gap.targetId()));
                target.setBody(Model.of(gap.targetName()));
                item.add(target);
                item.add(new Label("why", gap.lastReadingAt() == null
                        ? new StringResourceModel("gap.never", this).setParameters(gap.metric())
                        : new StringResourceModel("gap.stale", this).setParameters(gap.metric(),
                                TIME.format(gap.lastReadingAt()))));
            }
        });
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        List<?> gaps = (List<?>) getDefaultModelObject();
        setVisible(gaps != null && !gaps.isEmpty());
    }
}
