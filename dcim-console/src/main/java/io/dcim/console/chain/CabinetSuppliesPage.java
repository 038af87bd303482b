package io.dcim.console.chain;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.NotFoundException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.FieldErrors;
import io.dcim.power.chain.ChainFacade;
import io.dcim.power.chain.ChainService;
import io.dcim.power.chain.ChainViews.CabinetSupplies;
import io.dcim.power.chain.ChainViews.DeviceSupplies;
import io.dcim.power.chain.ChainViews.FeedView;
import io.dcim.power.chain.ChainViews.SupplyView;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.ComponentFeedbackPanel;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.validation.ValidationError;

/**
 * Where a cabinet's devices are plugged in ({@code /power-supplies?cabinet=}): each supply of each device (as many
 * as its model has), the feed of the cabinet it is plugged into and the outlet of that feed's PDU (blank: not
 * recorded). Those holding {@code power.configure} change any of them and save them all at once, in one
 * transaction; a refusal (a supply its model does not have, a feed of another cabinet, an outlet a PDU cannot
 * have, shown beside its field) keeps everything as it was.
 */
@AuthorizeInstantiation("read")
public class CabinetSuppliesPage extends BasePage {

    @Inject
    private Services services;

    private final long cabinetId;
    private final IModel<CabinetSupplies> cabinet;
    /** The feed chosen for each supply, by {@code deviceId/index}; null: unplugged. */
    private final HashMap<String, Long> chosen = new HashMap<>();
    /** The outlet typed for each supply, by {@code deviceId/index}; null: none recorded. */
    private final HashMap<String, Integer> outlets = new HashMap<>();

    public CabinetSuppliesPage(PageParameters parameters) {
        super(parameters);
        Long asked = io.dcim.console.layout.UrlParams.longParam(parameters, "cabinet");
        if (asked == null || services.powerIfRunning().isEmpty()) {
            throw new AbortWithHttpErrorCodeException(404, "no cabinet, or power monitoring is not running");
        }
        this.cabinetId = asked;
        this.cabinet = LoadableDetachableModel.of(() -> chain().cabinetSupplies(DcimSession.get().caller(), cabinetId));
        try {
            fillChoices(cabinet.getObject());
        } catch (NotFoundException e) {
            throw new AbortWithHttpErrorCodeException(404, e.getMessage());
        }
        boolean edits = DcimSession.get().may(Permission.POWER_CONFIGURE);
        add(new FeedbackPanel("feedback"));
        add(new Label("noFeeds", getString("noFeeds")).setVisible(cabinet.getObject().feeds().isEmpty()));
        add(new Label("noDevices", getString("noDevices")).setVisible(cabinet.getObject().devices().isEmpty()));
        Form<Void> form = new Form<>("form");
        add(form);
        IModel<List<Long>> feedIds = cabinet.map(c -> c.feeds().stream().map(FeedView::id).toList());
        form.add(new ListView<>("devices", cabinet.map(CabinetSupplies::devices)) {
            @Override
            protected void populateItem(ListItem<DeviceSupplies> item) {
                DeviceSupplies d = item.getModelObject();
                item.add(new Label("device", d.deviceName()));
                item.add(new ListView<>("supplies", d.plugged()) {
                    @Override
                    protected void populateItem(ListItem<SupplyView> supply) {
                        SupplyView s = supply.getModelObject();
                        String key = key(s.deviceId(), s.supplyIndex());
                        supply.add(new Label("index", String.valueOf(s.supplyIndex())));
                        DropDownChoice<Long> feed = new DropDownChoice<>("feed",
                                LambdaModel.of(() -> chosen.get(key), v -> chosen.put(key, v)), feedIds,
                                new LambdaChoiceRenderer<>(id -> feedName(id), id -> String.valueOf(id)));
                        feed.setNullValid(true).setEnabled(edits);
                        supply.add(feed);
                        TextField<Integer> outlet = new TextField<>("outlet",
                                LambdaModel.of(() -> outlets.get(key), v -> outlets.put(key, v)), Integer.class);
                        outlet.setLabel(new org.apache.wicket.model.ResourceModel("outlet")).setEnabled(edits);
                        outlet.add(v -> {
                            try {
                                ChainService.checkOutlet(v.getValue()); // the chain's rule, refused beside the field
                            } catch (DomainException e) {
                                v.error(new ValidationError(FieldErrors.sentence(e)));
                            }
                        });
                        supply.add(outlet, new ComponentFeedbackPanel("outletFeedback", outlet));
                    }
                }.setReuseItems(true));
            }
        }.setReuseItems(true));
        form.add(new Button("save") {
            @Override
            public void onSubmit() {
                save(form);
            }
        }.setVisible(edits && !cabinet.getObject().devices().isEmpty()));
    }

    private void fillChoices(CabinetSupplies read) {
        chosen.clear();
        outlets.clear();
        read.devices().forEach(d -> d.plugged().forEach(s -> {
            chosen.put(key(s.deviceId(), s.supplyIndex()), s.feedId());
            outlets.put(key(s.deviceId(), s.supplyIndex()), s.outlet());
        }));
    }

    private void save(Form<Void> form) {
        List<SupplyView> changed = new ArrayList<>();
        for (DeviceSupplies d : cabinet.getObject().devices()) {
            for (SupplyView s : d.plugged()) {
                Long feed = chosen.get(key(s.deviceId(), s.supplyIndex()));
                Integer outlet = feed == null ? null : outlets.get(key(s.deviceId(), s.supplyIndex()));
                if (!Objects.equals(feed, s.feedId()) || !Objects.equals(outlet, s.outlet())) {
                    changed.add(new SupplyView(s.deviceId(), s.supplyIndex(), feed, null, outlet));
                }
            }
        }
        try {
            chain().connect(DcimSession.get().caller(), changed);
            cabinet.detach();
            fillChoices(cabinet.getObject());
            success(new org.apache.wicket.model.StringResourceModel("saved", this)
                    .setParameters(changed.size()).getString());
        } catch (DomainException e) {
            FieldErrors.report(form, e);
        }
    }

    private String feedName(Long id) {
        return cabinet.getObject().feeds().stream().filter(f -> f.id() == id).findFirst()
                .map(f -> f.name() + " (" + f.side() + ", " + f.sourceName() + " / " + f.panelName() + ")")
                .orElse(String.valueOf(id));
    }

    private static String key(long deviceId, int index) {
        return deviceId + "/" + index;
    }

    private ChainFacade chain() {
        return services.power().chainFacade();
    }

    @Override
    protected String title() {
        return getString("title", Model.ofMap(java.util.Map.of("cabinet", cabinet.getObject().cabinetName())));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.chain"), PowerChainPage.class,
                new PageParameters().set("site", cabinet.getObject().siteId())), Crumb.here(title()));
    }

    @Override
    protected void onDetach() {
        cabinet.detach();
        super.onDetach();
    }
}
