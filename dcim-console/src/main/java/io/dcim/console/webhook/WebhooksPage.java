package io.dcim.console.webhook;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.error.DomainException;
import io.dcim.common.event.EventType;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.DefinitionsPage;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.SiteDropDown;
import io.dcim.console.layout.Texts;
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
import java.util.stream.Collectors;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.feedback.ComponentFeedbackMessageFilter;
import org.apache.wicket.markup.html.basic.Label;
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
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Event rules and webhooks ({@code /webhooks}, {@code ?id=} to edit one): each rule with its masked destination and
 * a test button, and the form that adds or edits one. The address and the secret are write-only: an edit leaves
 * them empty to keep the sealed ones. For those who hold {@code webhook.manage}.
 */
@AuthorizeInstantiation("webhook.manage")
public class WebhooksPage extends DefinitionsPage {

    private static final String EVENT_PREFIX = "event.";
    private static final String FORMAT_PREFIX = "format.";
    private static final String LANGUAGE_PREFIX = "language.";

    @Inject
    private Services services;

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
        if (chosenId() != null) {
            fill(found(() -> webhooks().rule(caller(), chosenId())));
        }
        list().add(new BookmarkablePageLink<>("deliveries", WebhookDeliveriesPage.class));
        // What a test says stands above the list, where its button is; the form's own messages stay at the form.
        list().add(new FeedbackPanel("feedback", new ComponentFeedbackMessageFilter(list())));
        list().add(new ListView<>("rule", LoadableDetachableModel.of(() -> webhooks().rules(caller()))) {
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
        fields();
    }

    private WebhookFacade webhooks() {
        return services.power().webhookFacade();
    }

    private static Caller caller() {
        return DcimSession.get().caller();
    }

    private void fields() {
        field("name", new TextField<>("name", name));
        field("format", new DropDownChoice<>("format", format, Arrays.asList(WebhookFormat.values()),
                new LambdaChoiceRenderer<>(f -> formatLabel(f), choice -> choice.name())));
        field("url", new TextField<>("url", url));
        inForm(new Label("urlHint", getString(isNew() ? "urlHintNew" : "urlHintKeep")));
        field("secret", new PasswordTextField("secret", secret).setResetPassword(true).setRequired(false));
        field("eventTypes", new CheckBoxMultipleChoice<>("events", events, Arrays.asList(EventType.values()),
                new LambdaChoiceRenderer<>(t -> eventLabel(t), choice -> choice.name())));
        field("siteId", SiteDropDown.of("site", siteId, services.sites().sites()).setNullValid(true));
        field("language", new DropDownChoice<>("language", language, Arrays.asList(WebhookLanguage.values()),
                new LambdaChoiceRenderer<>(l -> languageLabel(l), choice -> choice.name())));
        field("enabled", new CheckBox("enabled", enabled));
    }

    /** The test is a POST: it sends a message, which a link followed by a crawler or a prefetch must not do. */
    private Form<Void> testForm(long id) {
        return new Form<>("test") {
            @Override
            protected void onSubmit() {
                test(id);
            }
        };
    }

    /** Said on the list, not carried in the session: the page stays as it is, with what its form holds. */
    private void test(long id) {
        try {
            Outcome outcome = webhooks().test(caller(), id);
            if (outcome.delivered()) {
                list().success(Texts.of(this, "testDelivered", "status", String.valueOf(outcome.status())));
            } else {
                list().error(Texts.of(this, "testFailed",
                        "status", outcome.status() == null ? "-" : String.valueOf(outcome.status()),
                        "detail", outcome.detail() == null ? "" : outcome.detail()));
            }
        } catch (DomainException e) {
            FieldErrors.report(list(), e);
        }
    }

    /** The address and the secret are not read back (write-only): their fields start empty. */
    private void fill(RuleView read) {
        versionRead(read.version());
        name.setObject(read.name());
        format.setObject(read.format());
        events.setObject(new ArrayList<>(read.eventTypes()));
        siteId.setObject(read.siteId());
        language.setObject(read.language());
        enabled.setObject(read.enabled());
    }

    private RuleDetails details() {
        EnumSet<EventType> chosen = EnumSet.noneOf(EventType.class);
        chosen.addAll(events.getObject() == null ? List.of() : events.getObject());
        return new RuleDetails(name.getObject(), format.getObject(), url.getObject(), secret.getObject(),
                chosen, siteId.getObject(), language.getObject(), Boolean.TRUE.equals(enabled.getObject()));
    }

    @Override
    protected Destination create() {
        webhooks().create(caller(), details());
        return Destination.to(WebhooksPage.class);
    }

    @Override
    protected int edit(int versionRead) {
        int now = webhooks().edit(caller(), chosenId(), versionRead, details()).version();
        url.setObject(null); // sealed now: shown masked in the list, the empty field keeps it at the next save
        return now;
    }

    @Override
    protected Destination delete(int versionRead) {
        webhooks().delete(caller(), chosenId(), versionRead);
        return Destination.to(WebhooksPage.class);
    }

    @Override
    protected String formTitle() {
        return isNew() ? getString("newRule") : Texts.of(this, "editRule", "rule", String.valueOf(name.getObject()));
    }

    String eventLabel(EventType type) {
        return getString(EVENT_PREFIX + type.code());
    }

    private String formatLabel(WebhookFormat f) {
        return getString(FORMAT_PREFIX + f.name());
    }

    private String languageLabel(WebhookLanguage l) {
        return getString(LANGUAGE_PREFIX + l.name());
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
