package io.dcim.console.power;

import io.dcim.console.layout.NameLink;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Times;
import io.dcim.power.load.FacilityGap;
import java.util.List;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.StringResourceModel;

/**
 * Says that a facility load is incomplete and why: which meters or UPSes it left out for want of a current
 * reading. Shown only when some are left out, so a partial sum is never taken for the whole facility.
 */
class FacilityGapsPanel extends Panel {

    private final Long siteId;

    /** {@code siteId}: the site whose clock the readings' times are shown on. */
    FacilityGapsPanel(String id, Long siteId, IModel<List<FacilityGap>> gaps) {
        super(id, gaps);
        this.siteId = siteId;
        add(new Label("summary", new StringResourceModel("facility.incomplete", this)
                .setParameters(gaps.map(List::size))));
        add(new ListView<>("gaps", gaps) {
            @Override
            protected void populateItem(ListItem<FacilityGap> item) {
                FacilityGap gap = item.getModelObject();
                item.add(NameLink.to("target", SnmpTargetPage.class, gap.targetId(), gap.targetName()));
                item.add(new Label("why", gap.lastReadingAt() == null
                        ? new StringResourceModel("gap.never", this).setParameters(gap.metric())
                        : new StringResourceModel("gap.stale", this).setParameters(gap.metric(),
                                Times.second(gap.lastReadingAt(), SiteZones.current().of(siteId)))));
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
