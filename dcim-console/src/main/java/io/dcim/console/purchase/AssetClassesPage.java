package io.dcim.console.purchase;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.Messages;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.DecimalField;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Texts;
import io.dcim.console.power.EnumWords;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetClassFacade;
import io.dcim.procurement.asset.AssetClassView;
import io.dcim.procurement.asset.ClassTerms;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.procurement.depreciation.StartConvention;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The asset classes ({@code /asset-classes}) with the terms each gives the assets put on the books:
 * depreciation method, useful life, residual rate and the month depreciation starts. Finance
 * ({@code assetclass.manage}) changes them here; the page says what a change does: it applies to assets
 * put on the books after it, and those already there keep their own terms.
 */
public class AssetClassesPage extends BasePage {

    @Inject
    private Services services;

    public AssetClassesPage(PageParameters parameters) {
        super(parameters);
        // What the session carried over the redirect after a save; refusals stay beside their class's fields.
        add(new FeedbackPanel("feedback", message -> message.getReporter() == null || message.getReporter() == this));
        boolean manages = DcimSession.get().may(Permission.ASSETCLASS_MANAGE);
        IModel<List<AssetClassView>> classes = LoadableDetachableModel.of(() -> facade().classes(DcimSession.get().caller()));
        ListView<AssetClassView> rows = new ListView<>("classes", classes) {
            @Override
            protected void populateItem(ListItem<AssetClassView> item) {
                AssetClassView view = item.getModelObject();
                item.add(new Label("name", EnumWords.word("procurement", view.assetClass(), getLocale())));
                item.add(termsForm(view, manages));
                item.add(new Label("effect", Texts.of(AssetClassesPage.this, "effect", "count",
                        Format.count(view.assetsOnBooks()))));
            }
        };
        // A refused change keeps what was typed and its refusal beside the field: the rows are not built again.
        // A saved change opens the page afresh.
        rows.setReuseItems(true);
        add(rows);
    }

    /** One class's terms; the form keeps plain values only, as it is stored with the page. */
    private Form<Void> termsForm(AssetClassView view, boolean manages) {
        AssetClass assetClass = view.assetClass();
        int version = view.version();
        Model<DepreciationMethod> method = Model.of(view.terms().method());
        Model<Integer> life = Model.of(view.terms().usefulLifeMonths());
        Model<BigDecimal> rate = Model.of(view.terms().residualRate());
        Model<StartConvention> convention = Model.of(view.terms().convention());
        Form<Void> form = new Form<>("terms");
        FieldErrors fields = new FieldErrors(form);
        form.add(new FeedbackPanel("formFeedback", message -> message.getReporter() == form));
        fields.add(form, "method", new DropDownChoice<>("method", method, Arrays.asList(DepreciationMethod.values()),
                new LambdaChoiceRenderer<>(m -> Messages.text(m.title(), getLocale()), choice -> choice.name())));
        fields.add(form, "usefulLifeMonths", new NumberTextField<>("life", life, Integer.class));
        fields.add(form, "residualRate", new DecimalField("rate", rate));
        fields.add(form, "convention", new DropDownChoice<>("convention", convention,
                Arrays.asList(StartConvention.values()),
                new LambdaChoiceRenderer<>(c -> EnumWords.word("procurement", c, getLocale()), choice -> choice.name())));
        form.add(new Button("save") {
            @Override
            public void onSubmit() {
                try {
                    facade().edit(DcimSession.get().caller(), assetClass, version,
                            new ClassTerms(method.getObject(), life.getObject(), rate.getObject(), convention.getObject()));
                    getSession().success(Texts.of(AssetClassesPage.this, "saved", "name",
                            EnumWords.word("procurement", assetClass, getLocale())));
                    setResponsePage(AssetClassesPage.class);
                } catch (DomainException e) {
                    fields.report(e);
                }
            }
        });
        form.setEnabled(manages);
        form.get("save").setVisible(manages);
        return form;
    }

    private AssetClassFacade facade() {
        return services.procurement().assetClassFacade();
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
