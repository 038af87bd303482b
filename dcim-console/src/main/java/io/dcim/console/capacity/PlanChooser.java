package io.dcim.console.capacity;

import io.dcim.app.Services;
import io.dcim.forecasting.capacity.PlanAssumptions;
import io.dcim.forecasting.demand.DemandView;
import io.dcim.forecasting.method.MethodName;
import io.dcim.inventory.site.Site;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.CompoundPropertyModel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;

/** The site and the assumptions of a plan; choosing reloads the page with them in the URL. */
final class PlanChooser extends Panel {

    @Inject
    private Services services;

    /** What the form edits, in the units people type: percentages, CNY, days. */
    static final class Inputs implements Serializable {
        Long site;
        Integer headroom;
        DemandView pipeline;
        Integer growth;
        BigDecimal price;
        Integer sold;
        Integer lead;
        /** {@code null}: automatic, the method with the lowest backtest error. */
        MethodName method;

        Inputs(PlanChoice choice) {
            PlanAssumptions a = choice.assumptions();
            site = choice.siteId();
            headroom = (int) Math.round(a.headroom() * 100);
            pipeline = a.pipeline();
            growth = (int) Math.round(a.growthFactor() * 100);
            price = a.pricePerGpuHour();
            sold = (int) Math.round(a.utilization() * 100);
            lead = a.leadTimeDays();
            method = choice.method();
        }
    }

    PlanChooser(String id, PlanChoice choice, Class<? extends Page> target) {
        super(id);
        Inputs inputs = new Inputs(choice);
        Form<Inputs> form = new Form<>("form", new CompoundPropertyModel<>(inputs)) {
            @Override
            protected void onSubmit() {
                PlanChoice chosen = new PlanChoice(inputs.site, choice.resource(), choice.assumptions()
                        .withHeadroom(inputs.headroom / 100.0).withPipeline(inputs.pipeline).withGrowth(inputs.growth / 100.0)
                        .withRevenue(inputs.price, inputs.sold / 100.0).withServer(null, null, inputs.lead),
                        inputs.method);
                setResponsePage(target, chosen.parameters());
            }
        };
        add(form);
        form.add(new FeedbackPanel("feedback", message -> message.getReporter() != null
                && form.contains(message.getReporter(), true)));
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());
        form.add(new DropDownChoice<>("site", sites.map(l -> l.stream().map(entity -> entity.getId()).toList()),
                new LambdaChoiceRenderer<>(siteId -> sites.getObject().stream().filter(s -> s.getId().equals(siteId))
                        .map(Site::getName).findFirst().orElse(""), option -> String.valueOf(option))).setRequired(true));
        form.add(new NumberTextField<Integer>("headroom").setMinimum(0).setMaximum(89).setRequired(true));
        form.add(new DropDownChoice<>("pipeline", Arrays.asList(DemandView.values()), new EnumChoiceRenderer<>(this))
                .setRequired(true));
        form.add(new NumberTextField<Integer>("growth").setMinimum(0).setMaximum(1000).setRequired(true));
        form.add(new NumberTextField<BigDecimal>("price").setMinimum(BigDecimal.ZERO).setStep(new BigDecimal("0.01"))
                .setRequired(true));
        form.add(new NumberTextField<Integer>("sold").setMinimum(1).setMaximum(100).setRequired(true));
        form.add(new NumberTextField<Integer>("lead").setMinimum(0).setMaximum(730));
        form.add(new DropDownChoice<>("method", Arrays.asList(MethodName.values()),
                new LambdaChoiceRenderer<>(method -> MethodNames.of(method, getLocale()), method -> method.id())) {
            @Override
            protected String getNullValidDisplayValue() {
                return MethodNames.automatic(getLocale());
            }
        }.setNullValid(true));
    }
}
