package io.dcim.console.auth;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.PostAction;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Texts;
import io.dcim.console.layout.Times;
import io.dcim.identity.user.UserService;
import jakarta.inject.Inject;
import io.dcim.identity.user.ApiToken;
import java.util.List;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The signed-in user's API tokens: create one (its value is shown once, here, and never
 * stored in clear), see when each was last used, revoke it.
 */
public class ApiTokensPage extends BasePage {

    @Inject
    private Services services;

    /**
     * The new token's value: transient, so it is never written into the page store, and
     * forgotten once rendered, so reloading the page (kept live in the session's page cache)
     * does not show it again.
     */
    private transient String justCreated;

    public ApiTokensPage(PageParameters parameters) {
        super(parameters);
        long userId = DcimSession.get().principal().userId();
        add(new FeedbackPanel("feedback"));
        WebMarkupContainer created = new WebMarkupContainer("created") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(justCreated != null);
            }
        };
        created.add(new Label("token", () -> justCreated));
        add(created);
        Model<String> name = Model.of("");
        Form<Void> form = new Form<>("form") {
            @Override
            protected void onSubmit() {
                try {
                    justCreated = users().createToken(userId, name.getObject()).token();
                    name.setObject("");
                } catch (DomainException e) {
                    FieldErrors.report(this, e);
                }
            }
        };
        form.add(new TextField<>("name", name));
        add(form);
        IModel<List<ApiToken>> tokens = LoadableDetachableModel.of(() -> users().tokens(userId));
        add(new ListView<>("tokens", tokens) {
            @Override
            protected void populateItem(ListItem<ApiToken> item) {
                ApiToken token = item.getModelObject();
                long tokenId = token.getId();
                item.add(new Label("tokenName", token.getName()));
                item.add(new Label("prefix", token.getTokenPrefix() + "…"));
                item.add(new Label("createdAt", Times.minute(token.getCreatedAt(), SiteZones.current().fallback())));
                item.add(new Label("lastUsed", token.getLastUsedAt() == null ? getString("tokens.never") : Times.minute(token.getLastUsedAt(), SiteZones.current().fallback())));
                item.add(new Label("state", token.isActive() ? getString("tokens.active")
                        : Texts.of(ApiTokensPage.this, "tokens.revokedAt", "when", Times.minute(token.getRevokedAt(), SiteZones.current().fallback()))));
                item.add(new PostAction("revoke", new ResourceModel("tokens.revoke")) {
                    @Override
                    protected void onPost() {
                        users().revokeToken(DcimSession.get().principal(), tokenId);
                        info(getString("tokens.revoked"));
                    }
                }.setVisible(token.isActive()));
            }
        });
    }

    @Override
    protected void onAfterRender() {
        super.onAfterRender();
        justCreated = null;
    }

    private UserService users() {
        return services.users();
    }

    @Override
    protected String title() {
        return getString("tokens.title");
    }
}
