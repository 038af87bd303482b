package io.dcim.console.cabling;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.inventory.fabric.FabricPlan;
import io.dcim.inventory.fabric.FabricRequest;
import io.dcim.inventory.fabric.FabricSwitch;
import io.dcim.inventory.fabric.FabricTier;
import io.dcim.inventory.fabric.Placement;
import io.dcim.inventory.fabric.PortUse;
import io.dcim.inventory.fabric.TierCables;
import io.dcim.inventory.fabric.Tiers;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Plans a rail-optimised GPU fabric: the form takes GPUs or servers, NICs per server, a catalog
 * switch (or radix and speed), tiers, oversubscription and placement; the summary shows scalable
 * units, switches by layer, cables per tier by type and length class, transceivers and cost.
 * Refusals stand beside the field they name. The plan downloads as the installers' workbook, and
 * those who may cable lay it onto a site's devices as planned cables ({@link FabricWritePanel}).
 */
public class FabricPlanPage extends BasePage {

    @Inject
    private Services services;

    /** What the form edits; kept as typed so the plan is recomputed from it on each render. */
    static final class Inputs implements Serializable {
        Integer gpus = 1024;
        Integer servers;
        Integer gpusPerServer = 8;
        Integer nicsPerServer = 8;
        Long switchModelId;
        Integer switchRadix = 64;
        Integer portSpeedGbps = 400;
        Tiers tiers = Tiers.TWO;
        Integer oversubscription = 1;
        Integer serversPerCabinet = 4;
        Integer cabinetsPerRow = 16;
        Boolean leavesInServerRows = true;
        Integer switchesPerCabinet = 16;
    }

    private final Inputs inputs = new Inputs();
    private boolean planned;
    private final IModel<FabricPlan> plan;
    private final IModel<List<FabricSwitch>> switches;

    public FabricPlanPage(PageParameters parameters) {
        super(parameters);
        switches = LoadableDetachableModel.of(() -> services.cabling().fabric().switches(caller()));
        plan = LoadableDetachableModel.of(() -> planned ? services.cabling().fabric().plan(caller(), request()) : null);
        add(new FeedbackPanel("feedback"));
        add(form());
        add(summary());
    }

    private Form<Void> form() {
        Form<Void> form = new Form<>("form");
        FieldErrors errors = new FieldErrors(form);
        Inputs in = inputs;
        errors.add(form, "gpus", new TextField<>("gpus", LambdaModel.of(() -> in.gpus, v -> in.gpus = v), Integer.class));
        errors.add(form, "servers", new TextField<>("servers", LambdaModel.of(() -> in.servers, v -> in.servers = v),
                Integer.class));
        errors.add(form, "gpusPerServer", new TextField<>("gpusPerServer", LambdaModel.of(() -> in.gpusPerServer,
                v -> in.gpusPerServer = v), Integer.class)).setRequired(true);
        errors.add(form, "nicsPerServer", new TextField<>("nicsPerServer", LambdaModel.of(() -> in.nicsPerServer,
                v -> in.nicsPerServer = v), Integer.class)).setRequired(true);
        errors.add(form, "switchModelId", new DropDownChoice<>("switchModel", LambdaModel.of(() -> in.switchModelId,
                v -> in.switchModelId = v), switches.map(l -> l.stream().map(FabricSwitch::modelId).toList()),
                new LambdaChoiceRenderer<>(this::switchName, choice -> String.valueOf(choice))).setNullValid(true));
        errors.add(form, "switchRadix", new TextField<>("switchRadix", LambdaModel.of(() -> in.switchRadix,
                v -> in.switchRadix = v), Integer.class));
        errors.add(form, "portSpeedGbps", new TextField<>("portSpeedGbps", LambdaModel.of(() -> in.portSpeedGbps,
                v -> in.portSpeedGbps = v), Integer.class));
        errors.add(form, "tiers", new DropDownChoice<>("tiers", LambdaModel.of(() -> in.tiers, v -> in.tiers = v),
                Arrays.asList(Tiers.values()), new LambdaChoiceRenderer<>(t -> getString("tiers." + t.name()), choice -> choice.name()))
                .setRequired(true));
        errors.add(form, "oversubscription", new TextField<>("oversubscription", LambdaModel.of(() -> in.oversubscription,
                v -> in.oversubscription = v), Integer.class)).setRequired(true);
        errors.add(form, "serversPerCabinet", new TextField<>("serversPerCabinet", LambdaModel.of(() -> in.serversPerCabinet,
                v -> in.serversPerCabinet = v), Integer.class)).setRequired(true);
        errors.add(form, "cabinetsPerRow", new TextField<>("cabinetsPerRow", LambdaModel.of(() -> in.cabinetsPerRow,
                v -> in.cabinetsPerRow = v), Integer.class)).setRequired(true);
        errors.add(form, "leavesInServerRows", new CheckBox("leavesInServerRows", LambdaModel.of(() -> in.leavesInServerRows,
                v -> in.leavesInServerRows = v)));
        errors.add(form, "switchesPerCabinet", new TextField<>("switchesPerCabinet", LambdaModel.of(
                () -> in.switchesPerCabinet, v -> in.switchesPerCabinet = v), Integer.class)).setRequired(true);
        form.add(new org.apache.wicket.markup.html.form.Button("plan") {
            @Override
            public void onSubmit() {
                // the summary may have read the previous plan while this request was checked: read again
                plan.detach();
                try {
                    services.cabling().fabric().plan(caller(), request());
                    planned = true;
                } catch (DomainException e) {
                    planned = false;
                    errors.report(e);
                }
            }
        });
        return form;
    }

    /** The request the form describes; refusals name the form's fields. */
    private FabricRequest request() {
        Inputs in = inputs;
        int radix;
        int speed;
        if (in.switchModelId != null) {
            FabricSwitch model = services.cabling().fabric().switchOf(caller(), in.switchModelId, "switchModelId");
            radix = model.radix();
            speed = model.portSpeedGbps();
        } else {
            radix = required("switchRadix", in.switchRadix);
            speed = required("portSpeedGbps", in.portSpeedGbps);
        }
        return new FabricRequest(in.gpus, in.servers, in.gpusPerServer, in.nicsPerServer, radix, speed, in.tiers,
                in.oversubscription, new Placement(in.serversPerCabinet, in.cabinetsPerRow,
                        Boolean.TRUE.equals(in.leavesInServerRows), in.switchesPerCabinet));
    }

    private static int required(String field, Integer value) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
        return value;
    }

    private WebMarkupContainer summary() {
        WebMarkupContainer summary = new WebMarkupContainer("summary") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(plan.getObject() != null);
            }
        };
        summary.add(new Label("servers", plan.map(p -> Format.count(p.servers()))));
        summary.add(new Label("units", plan.map(p -> Format.count(p.scalableUnits()))));
        summary.add(new Label("serversPerUnit", plan.map(p -> Format.count(p.serversPerUnit()))));
        summary.add(new Label("pods", plan.map(p -> Format.count(p.pods()))));
        summary.add(new Label("switchUsed", plan.map(p -> p.request().switchRadix() + " × "
                + p.request().portSpeedGbps() + " Gb/s")));
        summary.add(new ListView<>("layers", plan.map(p -> List.of(new Layer("leaves", p.leaves()),
                new Layer("spines", p.spines()), new Layer("superSpines", p.superSpines())))) {
            @Override
            protected void populateItem(ListItem<Layer> item) {
                Layer layer = item.getModelObject();
                item.add(new Label("layer", getString("layer." + layer.name())));
                item.add(new Label("switches", Format.count(layer.use().switches())));
                item.add(new Label("ports", Format.count(layer.use().total())));
                item.add(new Label("used", Format.count(layer.use().used())));
                item.add(new Label("spare", Format.count(layer.use().spare())));
            }
        });
        summary.add(new ListView<>("tiers", plan.map(p -> Arrays.stream(FabricTier.values()).map(p::tier)
                .filter(t -> t.total() > 0).toList())) {
            @Override
            protected void populateItem(ListItem<TierCables> item) {
                TierCables tier = item.getModelObject();
                item.add(new Label("tier", getString("tier." + tier.tier().name())));
                item.add(new Label("dac", Format.count(tier.dac())));
                item.add(new Label("aoc", Format.count(tier.aoc())));
                item.add(new Label("optics", Format.count(tier.optics())));
                item.add(new Label("total", Format.count(tier.total())));
            }
        });
        summary.add(new Label("totalCables", plan.map(p -> Format.count(p.totalCables()))));
        summary.add(new Label("transceivers", plan.map(p -> Format.count(p.transceivers()))));
        summary.add(new Label("costSwitches", plan.map(p -> money(p.cost().currency(), p.cost().switches()))));
        summary.add(new Label("costDacs", plan.map(p -> money(p.cost().currency(), p.cost().dacs()))));
        summary.add(new Label("costAocs", plan.map(p -> money(p.cost().currency(), p.cost().aocs()))));
        summary.add(new Label("costFibres", plan.map(p -> money(p.cost().currency(), p.cost().fibres()))));
        summary.add(new Label("costTransceivers", plan.map(p -> money(p.cost().currency(), p.cost().transceivers()))));
        summary.add(new Label("costTotal", plan.map(p -> money(p.cost().currency(), p.cost().total()))));
        summary.add(new org.apache.wicket.markup.html.link.ResourceLink<>("workbook",
                new FabricWorkbookResource(this::request, () -> null)));
        summary.add(new FabricWritePanel("lay", this::request));
        return summary;
    }

    private record Layer(String name, PortUse use) {
    }

    private static String money(String currency, BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%s %,.2f", currency, amount);
    }

    private String switchName(Long modelId) {
        return switches.getObject().stream().filter(s -> Objects.equals(s.modelId(), modelId))
                .map(s -> s.model() + " (" + s.radix() + " × " + s.portSpeedGbps() + " Gb/s)").findFirst()
                .orElse(String.valueOf(modelId));
    }

    private static Caller caller() {
        return DcimSession.get().caller();
    }

    @Override
    protected String title() {
        return getString("fabric.title");
    }

    @Override
    protected void onDetach() {
        plan.detach();
        switches.detach();
        super.onDetach();
    }
}
