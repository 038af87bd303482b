package io.dcim.console.purchase;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.DecimalField;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.IsoDateField;
import io.dcim.console.layout.Times;
import io.dcim.procurement.asset.FixedAsset;
import io.dcim.procurement.depreciation.DisposalResult;
import io.dcim.procurement.depreciation.TermsChange;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * An asset's life on the books, for finance ({@code asset.manage}): its disposal, whose gain or loss is shown
 * before anything is written ("Show gain or loss") and again once done, and a change of its useful life or
 * residual rate from a month on. Hidden from others and once the asset is disposed of.
 */
class AssetLifePanel extends Panel {

    @Inject
    private Services services;

    private final long assetId;
    private final IModel<FixedAsset> asset;
    private final Model<LocalDate> disposedOn = Model.of();
    private final Model<BigDecimal> proceeds = Model.of(BigDecimal.ZERO);
    private final Model<String> result = Model.of();
    private final Model<String> effectiveMonth = Model.of();
    private final Model<Integer> lifeMonths = Model.of();
    private final Model<BigDecimal> residualRate = Model.of();
    private final Model<String> reason = Model.of();

    AssetLifePanel(String id, long assetId, IModel<FixedAsset> asset) {
        super(id);
        this.assetId = assetId;
        this.asset = asset;
        add(new FeedbackPanel("feedback", message -> message.getReporter() == this));
        add(disposalForm());
        add(changeForm());
    }

    private Form<Void> disposalForm() {
        Form<Void> form = new Form<>("disposal");
        FieldErrors errors = new FieldErrors(this);
        errors.add(form, "disposedOn", new IsoDateField("disposedOn", disposedOn));
        errors.add(form, "proceeds", new DecimalField("proceeds", proceeds));
        form.add(new Label("result", result).setVisible(true));
        form.add(new Button("preview") {
            @Override
            public void onSubmit() {
                try {
                    show(services.procurement().assetFacade().previewDisposal(DcimSession.get().caller(), assetId,
                            disposedOn.getObject(), proceeds.getObject()), "wouldGive");
                } catch (DomainException e) {
                    errors.report(e);
                }
            }
        });
        form.add(new Button("dispose") {
            @Override
            public void onSubmit() {
                try {
                    DisposalResult done = services.procurement().assetFacade().dispose(DcimSession.get().caller(), assetId,
                            asset.getObject().getVersion(), disposedOn.getObject(), proceeds.getObject());
                    getSession().success(text(done, "gave"));
                    setResponsePage(AssetPage.class, new PageParameters().set("id", assetId));
                } catch (DomainException e) {
                    errors.report(e);
                }
            }
        });
        return form;
    }

    private Form<Void> changeForm() {
        Form<Void> form = new Form<>("change");
        FieldErrors errors = new FieldErrors(this);
        errors.add(form, "effectiveMonth", new TextField<>("effectiveMonth", effectiveMonth));
        errors.add(form, "usefulLifeMonths", new NumberTextField<>("usefulLifeMonths", lifeMonths, Integer.class));
        errors.add(form, "residualRate", new DecimalField("residualRate", residualRate));
        errors.add(form, "reason", new TextField<>("reason", reason));
        form.add(new Button("changeTerms") {
            @Override
            public void onSubmit() {
                try {
                    TermsChange change = new TermsChange(month(), lifeMonths.getObject(), residualRate.getObject());
                    services.procurement().assetFacade().changeTerms(DcimSession.get().caller(), assetId,
                            asset.getObject().getVersion(), change, reason.getObject());
                    getSession().success(getString("changed"));
                    setResponsePage(AssetPage.class, new PageParameters().set("id", assetId));
                } catch (DomainException e) {
                    errors.report(e);
                }
            }
        });
        return form;
    }

    private YearMonth month() {
        String text = effectiveMonth.getObject();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("effectiveMonth", Message.of("procurement.asset.monthFormat", text.trim()));
        }
    }

    private void show(DisposalResult r, String key) {
        result.setObject(text(r, key));
    }

    private String text(DisposalResult r, String key) {
        return new StringResourceModel(key, this).setParameters(Times.month(r.month()), Format.cny(r.netBookValue()),
                Format.cny(r.proceeds()), Format.cny(r.gainOrLoss())).getString();
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(DcimSession.get().may(Permission.ASSET_MANAGE) && !asset.getObject().isDisposed());
    }
}
