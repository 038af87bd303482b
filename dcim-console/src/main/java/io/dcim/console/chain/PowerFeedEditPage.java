package io.dcim.console.chain;

import static io.dcim.console.chain.PowerPanelEditPage.orZero;
import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.common.access.Caller;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.FilterForm;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.power.chain.ChainSpecs.NewFeed;
import io.dcim.power.chain.ChainSpecs.Saved;
import io.dcim.power.chain.ChainViews.FeedView;
import io.dcim.power.chain.ChainViews.PanelView;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetFilter;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.endpoint.TargetView;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A feed added ({@code /power-feed?site=&cabinet=}) or edited ({@code ?id=}): the panel it leaves and the cabinet
 * it serves (both of the site), its name, side, phases, voltage, breaker, and the rack PDU metering it.
 */
@AuthorizeInstantiation("power.configure")
public class PowerFeedEditPage extends ChainEditPage {

    /** Pick lists longer than this would not be read anyway; a larger site picks through the sheets. */
    private static final int MAX_CHOICES = PageRequest.MAX_SIZE;

    private final Model<Long> panelId = Model.of();
    private final Model<Long> cabinetId = Model.of();
    private final Model<Feed> side = Model.of(Feed.A);
    private final Model<Integer> phases = Model.of(1);
    private final Model<Integer> voltageV = Model.of(230);
    private final Model<Integer> breakerRatingA = Model.of(32);
    private final Model<Long> pduTargetId = Model.of();

    public PowerFeedEditPage(PageParameters parameters) {
        super(parameters);
        if (partId() != null) {
            FeedView read = found(() -> chain().feed(DcimSession.get().caller(), partId()));
            versionRead(read.version());
            inSite(chain().source(DcimSession.get().caller(), chain().panel(DcimSession.get().caller(),
                    read.panelId()).sourceId()).siteId());
            panelId.setObject(read.panelId());
            cabinetId.setObject(read.cabinetId());
            name.setObject(read.name());
            side.setObject(read.side());
            phases.setObject(read.phases());
            voltageV.setObject(read.voltageV());
            breakerRatingA.setObject(read.breakerRatingA());
            pduTargetId.setObject(read.pduTargetId());
        } else {
            inSite(siteOf(longParam(parameters, "site")));
            cabinetId.setObject(longParam(parameters, "cabinet"));
        }
        IModel<List<PanelView>> panels = LoadableDetachableModel.of(() -> chain().panels(DcimSession.get().caller(),
                siteId()));
        field("panelId", FilterForm.idChoice("panelId", panelId, panels, PanelView::id,
                p -> p.sourceName() + " / " + p.name()).setNullValid(false));
        IModel<List<CabinetSummary>> cabinets = LoadableDetachableModel.of(() -> services().cabinetQueries()
                .page(CabinetFilter.ofSite(siteId()), PageRequest.first(MAX_CHOICES, "name")).items());
        field("cabinetId", FilterForm.idChoice("cabinetId", cabinetId, cabinets, CabinetSummary::id,
                c -> c.roomName() + " / " + c.name()).setNullValid(false));
        field("name", new TextField<>("name", name));
        field("side", new DropDownChoice<>("side", side, Arrays.asList(Feed.values())));
        field("phases", new DropDownChoice<>("phases", phases, List.of(1, 3)));
        field("voltageV", new NumberTextField<>("voltageV", voltageV, Integer.class));
        field("breakerRatingA", new NumberTextField<>("breakerRatingA", breakerRatingA, Integer.class));
        IModel<List<TargetView>> pdus = LoadableDetachableModel.of(() -> services().power().targets().list(
                new TargetFilter(siteId(), null, TargetRole.PDU, null, null, null),
                PageRequest.first(MAX_CHOICES, "name")).items());
        field("pduTargetId", FilterForm.idChoice("pduTargetId", pduTargetId, pdus, TargetView::id,
                t -> t.cabinetName() == null ? t.name() : t.name() + " (" + t.cabinetName() + ")"));
    }

    private NewFeed spec() {
        if (panelId.getObject() == null) {
            throw new InvalidValueException("panelId", Message.of("common.field.required"));
        }
        if (cabinetId.getObject() == null) {
            throw new InvalidValueException("cabinetId", Message.of("common.field.required"));
        }
        return new NewFeed(panelId.getObject(), cabinetId.getObject(), name.getObject(), side.getObject(),
                orZero(phases.getObject()), orZero(voltageV.getObject()), orZero(breakerRatingA.getObject()),
                pduTargetId.getObject());
    }

    @Override
    protected void add(Caller caller) {
        chain().addFeed(caller, spec());
    }

    @Override
    protected Saved change(Caller caller, long id, int versionRead) {
        return chain().editFeed(caller, id, versionRead, spec());
    }

    @Override
    protected void remove(Caller caller, long id, int versionRead) {
        chain().removeFeed(caller, id, versionRead);
    }
}
