package io.dcim.console.chain;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.NameLink;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.SiteChoice;
import io.dcim.console.layout.SiteLinks;
import io.dcim.power.chain.ChainFacade;
import io.dcim.power.chain.ChainViews.FeedView;
import io.dcim.power.chain.ChainViews.PanelView;
import io.dcim.power.chain.ChainViews.SourceView;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A site's recorded power chain ({@code /power-chain?site=}): its sources, its panels and every feed (paged and
 * sorted in the database), each opening its edit page for those holding {@code power.configure}, who also add
 * parts, plug supplies in per cabinet and import the sheets. Anyone downloads the circuit schedule and the
 * supply connections.
 */
@AuthorizeInstantiation("read")
public class PowerChainPage extends BasePage {

    static final int ROWS = 50;

    @Inject
    private Services services;

    private final Long siteId;

    public PowerChainPage(PageParameters parameters) {
        super(parameters);
        IModel<List<SiteChoice>> sites = LoadableDetachableModel.of(() -> services.sites().sites().stream()
                .map(SiteChoice::of).toList());
        this.siteId = SiteChoice.askedOrFirst(longParam(parameters, "site"), sites.getObject());
        boolean running = chain().isPresent() && siteId != null;
        boolean edits = DcimSession.get().may(Permission.POWER_CONFIGURE);
        add(new FeedbackPanel("feedback"));
        add(new Label("notRunning", new ResourceModel("notRunning")).setVisible(chain().isEmpty()));
        add(new SiteLinks("sites", sites, siteId, PowerChainPage.class, new PageParameters()));
        PageParameters site = new PageParameters().set("site", siteId == null ? "" : siteId);
        add(new BookmarkablePageLink<>("addSource", PowerSourceEditPage.class, site).setVisible(running && edits));
        add(new BookmarkablePageLink<>("addPanel", PowerPanelEditPage.class, site).setVisible(running && edits));
        add(new BookmarkablePageLink<>("addFeed", PowerFeedEditPage.class, site).setVisible(running && edits));
        add(new BookmarkablePageLink<>("import", PowerChainImportPage.class, site).setVisible(running && edits));
        for (String sheet : List.of("circuits", "supplies")) {
            for (String format : List.of("xlsx", "csv")) {
                add(new ResourceLink<>(sheet + "_" + format, ChainSheetResource.REFERENCE, new PageParameters(site)
                        .set("sheet", sheet).set("format", format)).setVisible(running));
            }
        }
        IModel<List<SourceView>> sources = LoadableDetachableModel.of(() -> !running ? List.of()
                : chain().orElseThrow().sources(DcimSession.get().caller(), siteId));
        IModel<List<PanelView>> panels = LoadableDetachableModel.of(() -> !running ? List.of()
                : chain().orElseThrow().panels(DcimSession.get().caller(), siteId));
        add(new Label("noSources", new ResourceModel("noSources")).setVisible(running && sources.getObject().isEmpty()));
        add(new ListView<>("sources", sources) {
            @Override
            protected void populateItem(ListItem<SourceView> item) {
                SourceView s = item.getModelObject();
                item.add(editLink("name", PowerSourceEditPage.class, s.id(), s.name(), edits));
                item.add(new Label("kind", ChainWords.kind(this, s.kind())));
                item.add(new Label("capacity", Format.kw(s.capacityW())));
            }
        });
        add(new ListView<>("panels", panels) {
            @Override
            protected void populateItem(ListItem<PanelView> item) {
                PanelView p = item.getModelObject();
                item.add(new Label("source", p.sourceName()));
                item.add(editLink("name", PowerPanelEditPage.class, p.id(), p.name(), edits));
                item.add(new Label("circuit", p.phases() + " \u00d7 " + p.voltageV() + " V"));
                item.add(new Label("rating", p.ratingA() + " A"));
            }
        });
        PagedDataProvider<FeedView> rows = new PagedDataProvider<>(request -> feeds(request), ROWS, "cabinet");
        add(new ListTable<>("feeds", columns(edits), rows, ROWS).setVisible(running));
    }

    private Page<FeedView> feeds(PageRequest request) {
        Optional<ChainFacade> chain = chain();
        if (chain.isEmpty() || siteId == null) {
            return new Page<>(List.of(), 0, request);
        }
        return chain.get().feeds(DcimSession.get().caller(), siteId, null, request);
    }

    private List<IColumn<FeedView, String>> columns(boolean edits) {
        List<IColumn<FeedView, String>> columns = new ArrayList<>();
        columns.add(new AbstractColumn<>(new ResourceModel("feed.cabinet"), "cabinet") {
            @Override
            public void populateItem(Item<ICellPopulator<FeedView>> cell, String id, IModel<FeedView> row) {
                FeedView f = row.getObject();
                Fragment link = new Fragment(id, "linkFragment", PowerChainPage.this);
                link.add(new BookmarkablePageLink<>("link", CabinetSuppliesPage.class,
                        new PageParameters().set("cabinet", f.cabinetId())).setBody(Model.of(f.roomName() + " / "
                        + f.cabinetName())));
                cell.add(link);
            }
        });
        columns.add(new AbstractColumn<>(new ResourceModel("feed.name"), "name") {
            @Override
            public void populateItem(Item<ICellPopulator<FeedView>> cell, String id, IModel<FeedView> row) {
                FeedView f = row.getObject();
                Fragment link = new Fragment(id, "linkFragment", PowerChainPage.this);
                link.add(editLink("link", PowerFeedEditPage.class, f.id(), f.name(), edits));
                cell.add(link);
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("feed.side"), (FeedView f) -> f.side().name()));
        columns.add(new LambdaColumn<>(new ResourceModel("feed.panel"), "panel",
                (FeedView f) -> f.sourceName() + " / " + f.panelName()));
        columns.add(new LambdaColumn<>(new ResourceModel("feed.circuit"),
                (FeedView f) -> f.phases() + " \u00d7 " + f.voltageV() + " V"));
        columns.add(new LambdaColumn<>(new ResourceModel("feed.breaker"), "breaker",
                (FeedView f) -> f.breakerRatingA() + " A"));
        columns.add(new LambdaColumn<>(new ResourceModel("feed.pdu"),
                (FeedView f) -> f.pduName() == null ? "\u2014" : f.pduName()));
        return columns;
    }

    /** The part's name, opening its edit page for those who may edit it. */
    private static BookmarkablePageLink<Void> editLink(String id, Class<? extends BasePage> page, long partId,
                                                       String name, boolean edits) {
        BookmarkablePageLink<Void> link = NameLink.to(id, page, partId, name);
        link.setEnabled(edits);
        return link;
    }

    private Optional<ChainFacade> chain() {
        return services.powerIfRunning().map(p -> p.chainFacade());
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
