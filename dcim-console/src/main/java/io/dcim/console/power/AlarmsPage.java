package io.dcim.console.power;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.Messages;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Times;
import io.dcim.power.alarm.AlarmFilter;
import io.dcim.power.alarm.AlarmState;
import io.dcim.power.alarm.AlarmTexts;
import io.dcim.power.alarm.AlarmView;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.SortOrder;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Power and cooling alarms, newest first: active ones by default, all with {@code ?state=all}.
 * Ops acknowledge an alarm with a comment; it stays active until the reading falls back.
 */
public class AlarmsPage extends BasePage {

    @Inject
    private Services services;

    public AlarmsPage(PageParameters parameters) {
        super(parameters);
        boolean all = "all".equals(parameters.get("state").toOptionalString());
        boolean running = services.powerIfRunning().isPresent();
        add(new Label("notRunning", new ResourceModel("power.notRunning")).setVisible(!running));
        add(new BookmarkablePageLink<>("toggle", AlarmsPage.class, all ? new PageParameters()
                : new PageParameters().set("state", "all")).setBody(new ResourceModel(all ? "alarms.activeOnly" : "alarms.includeCleared")));
        add(new FeedbackPanel("feedback"));
        PagedDataProvider<AlarmView> rows = new PagedDataProvider<>(request -> list(all, request), 50, "raised");
        rows.setSort("raised", SortOrder.DESCENDING);
        add(new ListTable<>("alarms", columns(), rows, 50));
    }

    private Page<AlarmView> list(boolean all, PageRequest request) {
        return services.powerIfRunning()
                .map(p -> p.alarms().list(new AlarmFilter(all ? null : AlarmState.ACTIVE, null, null, null, null, null, null),
                        request))
                .orElse(new Page<>(List.of(), 0, request));
    }

    private List<IColumn<AlarmView, String>> columns() {
        List<IColumn<AlarmView, String>> columns = new ArrayList<>();
        columns.add(new LambdaColumn<>(new ResourceModel("alarms.raised"), "raised", a -> Times.minute(a.raisedAt(), zone(a))));
        columns.add(new AbstractColumn<>(new ResourceModel("alarms.severity"), "severity") {
            @Override
            public void populateItem(Item<ICellPopulator<AlarmView>> cell, String id, IModel<AlarmView> row) {
                Label label = new Label(id, Messages.text(AlarmTexts.severity(row.getObject().severity()), getLocale()));
                label.add(org.apache.wicket.AttributeModifier.append("class", "severity " + row.getObject().severity().name()
                        .toLowerCase()));
                cell.add(label);
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("alarms.subject"), "subject", AlarmView::subjectName));
        columns.add(new LambdaColumn<>(new ResourceModel("alarms.what"), a -> Messages.text(AlarmTexts.message(a), getLocale())));
        columns.add(new LambdaColumn<>(new ResourceModel("alarms.state"), "state", a -> a.state() == AlarmState.CLEARED
                ? getString("alarms.clearedAt", Model.ofMap(Map.of("at", Times.minute(a.clearedAt(), zone(a)))))
                : getString("alarms.active")));
        columns.add(new AbstractColumn<>(new ResourceModel("alarms.acknowledged")) {
            @Override
            public void populateItem(Item<ICellPopulator<AlarmView>> cell, String id, IModel<AlarmView> row) {
                AlarmView alarm = row.getObject();
                if (alarm.ackedAt() != null) {
                    cell.add(new Label(id, alarm.ackedBy() + ": " + alarm.ackComment()));
                } else if (alarm.state() == AlarmState.ACTIVE && DcimSession.get().may(Permission.ALARM_ACKNOWLEDGE)) {
                    cell.add(ackForm(id, alarm.id(), alarm.version()));
                } else {
                    cell.add(new Label(id, "—"));
                }
            }
        });
        return columns;
    }

    /** An alarm's times are on its site's clock. */
    private static java.time.ZoneId zone(AlarmView alarm) {
        return SiteZones.current().of(alarm.siteId());
    }

    private Fragment ackForm(String id, long alarmId, int version) {
        Fragment fragment = new Fragment(id, "ackFragment", this);
        Model<String> comment = Model.of("");
        Form<Void> form = new Form<>("ack") {
            @Override
            protected void onSubmit() {
                // Built only for those who may acknowledge; the façade decides, a forged call included.
                try {
                    services.power().alarmFacade().acknowledge(DcimSession.get().caller(), alarmId, version,
                            comment.getObject());
                    getSession().success(getString("alarms.acknowledgedDone"));
                    setResponsePage(AlarmsPage.class, getPage().getPageParameters());
                } catch (DomainException e) {
                    FieldErrors.report(AlarmsPage.this, e);
                }
            }
        };
        form.add(new TextField<>("comment", comment));
        fragment.add(form);
        return fragment;
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
