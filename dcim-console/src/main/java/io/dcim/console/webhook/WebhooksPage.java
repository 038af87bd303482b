package io.dcim.console.webhook;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.event.EventType;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.EditFeedback;
import io.dcim.console.layout.FieldErrors;
import io.dcim.inventory.site.Site;
import io.dcim.power.webhook.Outcome;
import io.dcim.power.webhook.RuleDetails;
import io.dcim.power.webhook.RuleView;
import io.dcim.power.webhook.WebhookFacade;
import io.dcim.power.webhook.WebhookFormat;
import io.dcim.power.webhook.WebhookLanguage;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.CheckBoxMultipleChoice;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Event rules and webhooks ({@code /webhooks}, {@code ?id=} to edit one): each rule with its masked destination and
 * a test button, and the form that adds or edits one. The address and the secret are write-only: an edit leaves
 * them empty to keep the sealed ones. For those who hold {@code webhook.manage}.
 */
@AuthorizeInstantiation("webhook.manage")
public class WebhooksPage extends BasePage {

    private static final String EVENT_PREFIX = "event.";
    private static final String FORMAT_PREFIX = "format.";
    private static final String LANGUAGE_PREFIX = "language.";

    @Inject
    private Services services;

    private final Long ruleId;
    private int version;
    private final Model<String> name = Model.of();
    private final Model<WebhookFormat> format = Model.of(WebhookFormat.DINGTALK);
    private final Model<String> url = Model.of();
    private final Model<String> secret = Model.of();
    private final Model<ArrayList<EventType>> events = new Model<>(new ArrayList<>());
    private final Model<Long> siteId = Model.of();
    private final Model<WebhookLanguage> language = Model.of(WebhookLanguage.ZH_CN);
    private final Model<Boolean> enabled = Model.of(true);

    public WebhooksPage(PageParameters parameters) {
        super(parameters);
        this.ruleId = longParam(parameters, "id");
        if (ruleId != null) {
            fill();
        }
        add(new FeedbackPanel("feedback"));
        add(new BookmarkablePageLink<>("deliveries", WebhookDeliveriesPage.class));
        add(new ListView<>("rule", LoadableDetachableModel.of(() -> webhooks().rules(DcimSession.get().caller()))) {
            @Override
            protected void populateItem(ListItem<RuleView> item) {
                RuleView r = item.getModelObject();
                BookmarkablePageLink<Void> edit = new BookmarkablePageLink<>("edit", WebhooksPage.class,
                        new PageParameters().set("id", r.id()));
                edit.add(new Label("name", r.name()));
                item.add(edit);
                item.add(new Label("format", formatLabel(r.format())));
                item.add(new Label("url", r.url()));
                item.add(new Label("events", r.eventTypes().stream().map(WebhooksPage.this::eventLabel)
                        .collect(Collectors.joining(getString("listSeparator")))));
                item.add(new Label("state", getString(r.enabled() ? "enabled" : "disabled")));
                item.add(testForm(r.id()));
            }
        });
        add(ruleForm());
    }

    private WebhookFacade webhooks() {
        return services.power().webhookFacade();
    }

    /** The test is a POST: it sends a message, which a link followed by a crawler or a prefetch must not do. */
    private Form<Void> testForm(long id) {
        Form<Void> form = new Form<>("test") {
            @Override
            protected void onSubmit() {
                try {
                    Outcome outcome = webhooks().test(DcimSession.get().caller(), id);
                    if (outcome.delivered()) {
                        getSession().success(getString("testDelivered", Model.ofMap(Map.of("status",
                                String.valueOf(outcome.status())))));
                    } else {
                        getSession().error(getString("testFailed", Model.ofMap(Map.of(
                                "status", outcome.status() == null ? "-" : String.valueOf(outcome.status()),
                                "detail", outcome.detail() == null ? "" : outcome.detail()))));
                    }
                    setResponsePage(WebhooksPage.class, getPage().getPageParameters());
                } catch (DomainException e) {
                    FieldErrors.report(WebhooksPage.this, e);
                }
            }
        };
        return form;
    }

    private Form<Void> ruleForm() {
        Form<Void> form = new Form<>("form");
        form.add(new Label("formTitle", ruleId == null ? getString("newRule")
                : getString("editRule", Model.ofMap(Map.of("rule", String.valueOf(name.getObject()))))));
        FieldErrors fields = new FieldErrors(form);
        form.add(EditFeedback.panel("formFeedback", this, form));
        fields.add(form, "name", new TextField<>("name", name));
        fields.add(form, "format", new DropDownChoice<>("format", format, Arrays.asList(WebhookFormat.values()),
                new LambdaChoiceRenderer<>(f -> formatLabel(f), choice -> choice.name())));
        fields.add(form, "url", new TextField<>("url", url));
        form.add(new Label("urlHint", getString(ruleId == null ? "urlHintNew" : "urlHintKeep")));
        fields.add(form, "secret", new PasswordTextField("secret", secret).setResetPassword(true).setRequired(false));
        fields.add(form, "eventTypes", new CheckBoxMultipleChoice<>("events", events, Arrays.asList(EventType.values()),
                new LambdaChoiceRenderer<>(t -> eventLabel(t), choice -> choice.name())));
        List<Site> sites = services.sites().sites();
        fields.add(form, "siteId", new DropDownChoice<>("site", siteId, sites.stream().map(Site::getId).toList(),
                new LambdaChoiceRenderer<>(id -> sites.stream().filter(s -> s.getId().equals(id)).findFirst()
                        .map(Site::getName).orElse(String.valueOf(id)), id -> String.valueOf(id))).setNullValid(true));
        fields.add(form, "language", new DropDownChoice<>("language", language, Arrays.asList(WebhookLanguage.values()),
                new LambdaChoiceRenderer<>(l -> languageLabel(l), choice -> choice.name())));
        fields.add(form, "enabled", new CheckBox("enabled", enabled));
        form.add(new Button("save") {
            @Override
            public void onSubmit() {
                save(fields);
            }
        });
        form.add(new Button("delete") {
            @Override
            public void onSubmit() {
                try {
                    webhooks().delete(DcimSession.get().caller(), ruleId, version);
                    getSession().success(getString("deleted"));
                    setResponsePage(WebhooksPage.class);
                } catch (DomainException e) {
                    fields.report(e);
                }
            }
        }.setDefaultFormProcessing(false).setVisible(ruleId != null));
        form.add(new BookmarkablePageLink<>("cancel", WebhooksPage.class).setVisible(ruleId != null));
        return form;
    }

    private void fill() {
        RuleView read;
        try {
            read = webhooks().rule(DcimSession.get().caller(), ruleId);
        } catch (NotFoundException e) {
            throw new AbortWithHttpErrorCodeException(404, e.getMessage());
        }
        version = read.version();
        name.setObject(read.name());
        format.setObject(read.format());
        events.setObject(new ArrayList<>(read.eventTypes()));
        siteId.setObject(read.siteId());
        language.setObject(read.language());
        enabled.setObject(read.enabled());
    }

    private void save(FieldErrors fields) {
        EnumSet<EventType> chosen = EnumSet.noneOf(EventType.class);
        chosen.addAll(events.getObject() == null ? List.of() : events.getObject());
        RuleDetails details = new RuleDetails(name.getObject(), format.getObject(), url.getObject(), secret.getObject(),
                chosen, siteId.getObject(), language.getObject(), Boolean.TRUE.equals(enabled.getObject()));
        try {
            if (ruleId == null) {
                webhooks().create(DcimSession.get().caller(), details);
            } else {
                webhooks().edit(DcimSession.get().caller(), ruleId, version, details);
            }
            getSession().success(getString("saved"));
            setResponsePage(WebhooksPage.class);
        } catch (DomainException e) {
            fields.report(e);
        }
    }

    String eventLabel(EventType type) {
        String key = EVENT_PREFIX + type.code();
        return getString(key);
    }

    private String formatLabel(WebhookFormat f) {
        String key = FORMAT_PREFIX + f.name();
        return getString(key);
    }

    private String languageLabel(WebhookLanguage l) {
        String key = LANGUAGE_PREFIX + l.name();
        return getString(key);
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
