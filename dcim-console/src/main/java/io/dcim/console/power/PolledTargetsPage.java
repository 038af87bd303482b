package io.dcim.console.power;

import static io.dcim.console.layout.FilterForm.idChoice;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Times;
import io.dcim.inventory.site.Site;
import io.dcim.power.PowerModule;
import io.dcim.power.reading.PollStatus;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A list of the endpoints power monitoring polls (SNMP agents, servers' BMCs), {@value #ROWS} a page from the
 * database, each with how its last poll went. Those holding {@code power.configure} (as the API asks) add endpoints
 * and open them on their edit page; while monitoring is not running the page says so and lists nothing. The markup
 * ({@code PolledTargetsPage.html}) holds what every such list shows; the subclass's places its actions ({@code add}
 * among them) and the filter form ({@link #filterForm}, to which it adds its own choices), its bundle holds the words
 * ({@code targets.name}, {@code targets.lastPoll}, {@code targets.disabled}, {@code targets.neverPolled},
 * {@code targets.polled}); it says which columns the table shows, in order, taking the name and the poll's from
 * {@link #nameColumn}, {@link #lastPollColumn} and {@link #polledColumn}.
 */
public abstract class PolledTargetsPage<V extends Serializable> extends BasePage {

    static final int ROWS = 50;

    /**
     * An endpoint as listed: its view (an SNMP target's, a BMC's), what every list reads of it, and its last poll
     * (null: never polled). A value, safe to keep in a page.
     */
    public record Polled<V extends Serializable>(V target, long id, String name, boolean enabled, long siteId,
                                                 PollStatus status) implements Serializable {

        /** The endpoint before its poll is read. */
        public static <V extends Serializable> Polled<V> of(V target, long id, String name, boolean enabled,
                                                            long siteId) {
            return new Polled<>(target, id, name, enabled, siteId, null);
        }

        Polled<V> with(PollStatus polled) {
            return new Polled<>(target, id, name, enabled, siteId, polled);
        }
    }

    @Inject
    private Services services;

    private final Class<? extends WebPage> editPage;

    /** The page says {@code notRunningKey}'s text while monitoring is off; {@code editPage} adds and edits one. */
    protected PolledTargetsPage(PageParameters parameters, String notRunningKey, Class<? extends WebPage> editPage) {
        super(parameters);
        this.editPage = editPage;
        boolean running = power().isPresent();
        add(new Label("notRunning", new ResourceModel(notRunningKey)).setVisible(!running));
        add(new BookmarkablePageLink<>("add", editPage).setVisible(running && mayConfigure()));
        add(new FeedbackPanel("feedback"));
    }

    /**
     * Adds the filter form ({@code filter}) with the choice of site every such list offers ({@code site}); the
     * subclass adds its own choices to it.
     */
    protected final FilterForm filterForm(Long siteId) {
        FilterForm form = new FilterForm("filter", getClass());
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());
        form.choose(idChoice("site", Model.of(siteId), sites, entity -> entity.getId(), Site::getName));
        add(form);
        return form;
    }

    /** Added once the subclass has read its filters, which its rows and columns may use. */
    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new ListTable<>("targets", columns(), new PagedDataProvider<>(this::list, ROWS, "name"), ROWS));
    }

    /** The page of endpoints the filters select. */
    protected abstract Page<V> targets(PowerModule power, PageRequest request);

    /** What the list reads of an endpoint ({@link Polled#of}). */
    protected abstract Polled<V> listed(V target);

    /** The table's columns, in order. */
    protected abstract List<IColumn<Polled<V>, String>> columns();

    /** The endpoints with their last polls, read for the whole page at once; none while monitoring is off. */
    private Page<Polled<V>> list(PageRequest request) {
        Optional<PowerModule> power = power();
        if (power.isEmpty()) {
            return new Page<>(List.of(), 0, request);
        }
        Page<V> targets = targets(power.get(), request);
        List<Polled<V>> listed = targets.items().stream().map(this::listed).toList();
        Map<Long, PollStatus> statuses = power.get().statuses().find(listed.stream().map(Polled::id).toList());
        return new Page<>(listed.stream().map(t -> t.with(statuses.get(t.id()))).toList(), targets.total(), request);
    }

    /** The endpoint's name, sorted by, opening its edit page for those who may change it. */
    protected final IColumn<Polled<V>, String> nameColumn() {
        return new AbstractColumn<>(new ResourceModel("targets.name"), "name") {
            @Override
            public void populateItem(Item<ICellPopulator<Polled<V>>> cell, String id, IModel<Polled<V>> row) {
                Polled<V> r = row.getObject();
                Fragment link = new Fragment(id, "linkFragment", PolledTargetsPage.this);
                link.add(new BookmarkablePageLink<>("link", editPage, new PageParameters().set("id", r.id()))
                        .setBody(Model.of(r.name())).setEnabled(mayConfigure()));
                cell.add(link);
            }
        };
    }

    /** How the last poll went (coloured by its outcome, the error in the tooltip), or that there was none. */
    protected final IColumn<Polled<V>, String> lastPollColumn() {
        return new AbstractColumn<>(new ResourceModel("targets.lastPoll")) {
            @Override
            public void populateItem(Item<ICellPopulator<Polled<V>>> cell, String id, IModel<Polled<V>> row) {
                Polled<V> r = row.getObject();
                PollStatus status = r.status();
                String text = !r.enabled() ? getString("targets.disabled")
                        : status == null ? getString("targets.neverPolled")
                        : EnumWords.word("power", status.outcome(), getLocale());
                Label label = new Label(id, text);
                if (status != null) {
                    label.add(AttributeModifier.append("class", "outcome " + status.outcome().name().toLowerCase(Locale.ROOT)));
                    if (status.lastError() != null) {
                        label.add(AttributeModifier.replace("title", status.lastError()));
                    }
                }
                cell.add(label);
            }
        };
    }

    /** When the last poll was, on the endpoint's site's clock. */
    protected final IColumn<Polled<V>, String> polledColumn() {
        return new LambdaColumn<>(new ResourceModel("targets.polled"), (Polled<V> r) -> r.status() == null ? "\u2014"
                : Times.second(r.status().polledAt(), SiteZones.current().of(r.siteId())));
    }

    static boolean mayConfigure() {
        return DcimSession.get().may(Permission.POWER_CONFIGURE);
    }

    protected final Services services() {
        return services;
    }

    protected final Optional<PowerModule> power() {
        return services.powerIfRunning();
    }
}
