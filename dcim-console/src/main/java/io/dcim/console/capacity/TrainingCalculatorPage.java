package io.dcim.console.capacity;

import io.dcim.app.Services;
import io.dcim.app.capacity.TrainingEstimator;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.Message;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Texts;
import io.dcim.inventory.catalog.GpuModel;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.Radio;
import org.apache.wicket.markup.html.form.RadioGroup;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.CompoundPropertyModel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * How many cards does a training run need by its deadline, or how long does it take on the
 * cards we have: E_t = 8·T·P/(n·X). Model size and tokens are typed in billions, as people say them.
 */
public class TrainingCalculatorPage extends BasePage {

    @Inject
    private Services services;

    static final double BILLION = 1e9;
    static final double DAYS_PER_MONTH = 30.4;

    /** What the form edits. */
    static final class Inputs implements Serializable {
        Double parametersBillions = 70.0;
        Double tokensBillions = 2000.0;
        String gpuModel;
        Double utilizationPercent = TrainingEstimator.DEFAULT_UTILIZATION * 100;
        Mode mode = Mode.DEADLINE;
        Double deadlineDays = 30.0;
        Integer cards = 1024;
    }

    enum Mode { DEADLINE, CARDS }

    private final Inputs inputs = new Inputs();
    private final IModel<TrainingEstimator.Answer> answer = Model.of((TrainingEstimator.Answer) null);
    private final FieldErrors fieldErrors;

    public TrainingCalculatorPage(PageParameters parameters) {
        super(parameters);
        IModel<List<String>> cardModels = LoadableDetachableModel.of(() -> services.catalog()
                .gpuModels().stream().filter(m -> m.getPeakBf16Tflops() != null).map(GpuModel::getName).toList());
        if (inputs.gpuModel == null && !cardModels.getObject().isEmpty()) {
            inputs.gpuModel = cardModels.getObject().stream().filter(n -> n.contains("H100")).findFirst()
                    .orElse(cardModels.getObject().get(0));
        }
        Form<Inputs> form = new Form<>("form", new CompoundPropertyModel<>(inputs)) {
            @Override
            protected void onSubmit() {
                estimate(this);
            }
        };
        add(form);
        form.add(new FeedbackPanel("formFeedback", message -> message.getReporter() == form));
        FieldErrors fields = new FieldErrors(form);
        fields.add(form, "parameters", new NumberTextField<Double>("parametersBillions").setStep(NumberTextField.ANY)
                .setMinimum(0.0).setRequired(true));
        fields.add(form, "tokens", new NumberTextField<Double>("tokensBillions").setStep(NumberTextField.ANY)
                .setMinimum(0.0).setRequired(true));
        fields.add(form, "gpuModel", new DropDownChoice<>("gpuModel", cardModels).setRequired(true));
        fields.add(form, "utilization", new NumberTextField<Double>("utilizationPercent").setStep(NumberTextField.ANY)
                .setMinimum(1.0).setMaximum(100.0).setRequired(true));
        RadioGroup<Mode> mode = new RadioGroup<>("mode");
        form.add(mode);
        mode.add(new Radio<>("byDeadline", Model.of(Mode.DEADLINE)));
        mode.add(new Radio<>("byCards", Model.of(Mode.CARDS)));
        fields.add(mode, "deadlineDays", new NumberTextField<Double>("deadlineDays").setStep(NumberTextField.ANY));
        fields.add(mode, "cards", new NumberTextField<Integer>("cards").setMinimum(1));
        this.fieldErrors = fields;
        add(result());
    }

    /** The answer: compute, cards, servers and days, with a link that carries it into the demand pipeline. */
    private WebMarkupContainer result() {
        WebMarkupContainer result = new WebMarkupContainer("result") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(answer.getObject() != null);
            }
        };
        result.add(new Label("card", answer.map(TrainingEstimator.Answer::card)));
        result.add(new Label("petaflopDays", answer.map(a -> String.format(Format.locale(), "%,.0f", a.petaflopDays()))));
        result.add(new Label("cardsNeeded", answer.map(a -> String.format(Format.locale(), "%,d", a.cards()))));
        result.add(new Label("servers", answer.map(a -> String.format(Format.locale(), "%,d", a.servers()))));
        result.add(new Label("days", answer.map(a -> String.format(Format.locale(), "%,.1f", a.days()))));
        // Only opens the pipeline with the answer filled in: a GET may follow it.
        result.add(new io.dcim.console.layout.NavigationLink<Void>("toPipeline") {
            @Override
            public void onClick() {
                TrainingEstimator.Answer a = answer.getObject();
                setResponsePage(PipelinePage.class, new PageParameters().set("gpus", a.cards())
                        .set("months", Math.max(1, (int) Math.ceil(a.days() / DAYS_PER_MONTH)))
                        .set("about", Texts.of(TrainingCalculatorPage.this, "training.about",
                                "parameters", String.format(Format.locale(), "%,.0f", inputs.parametersBillions),
                                "tokens", String.format(Format.locale(), "%,.0f", inputs.tokensBillions),
                                "card", a.card())));
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(io.dcim.console.auth.DcimSession.get().may(Permission.CAPACITY_PLAN));
            }
        });
        return result;
    }

    private void estimate(Form<Inputs> form) {
        try {
            answer.setObject(new TrainingEstimator(services.catalog()).answer(question()));
        } catch (DomainException e) {
            answer.setObject(null);
            fieldErrors.report(e);
        }
    }

    TrainingEstimator.Question question() {
        boolean byDeadline = inputs.mode == Mode.DEADLINE;
        if (byDeadline && inputs.deadlineDays == null) {
            throw new io.dcim.common.error.InvalidValueException("deadlineDays",
                    Message.of("forecasting.training.deadlineRequired"));
        }
        if (!byDeadline && inputs.cards == null) {
            throw new io.dcim.common.error.InvalidValueException("cards", Message.of("forecasting.training.cardsRequired"));
        }
        return new TrainingEstimator.Question(inputs.parametersBillions * BILLION, inputs.tokensBillions * BILLION,
                inputs.gpuModel, null, inputs.utilizationPercent / 100, byDeadline ? inputs.deadlineDays : null,
                byDeadline ? null : inputs.cards);
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
