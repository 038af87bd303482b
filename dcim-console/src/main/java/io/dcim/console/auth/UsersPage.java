package io.dcim.console.auth;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Labels;
import io.dcim.console.layout.PostAction;
import io.dcim.console.layout.Texts;
import io.dcim.identity.user.UserAccount;
import io.dcim.identity.user.UserAdministration;
import jakarta.inject.Inject;
import io.dcim.identity.role.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBoxMultipleChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.PasswordTextField;
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
 * Administrators add users, give them roles, set a new password for one who forgot theirs,
 * and disable them. A disable or a new password ends the user's open sessions at their next
 * request; a role change applies there too.
 */
@AuthorizeInstantiation("user.manage")
public class UsersPage extends BasePage {

    @Inject
    private Services services;

    public UsersPage(PageParameters parameters) {
        super(parameters);
        // Refusals naming a field show beside it; the rest (done, refused as a whole) at the top.
        add(new FeedbackPanel("feedback", message -> !(message.getReporter() instanceof FormComponent<?>)));
        add(createForm());
        IModel<List<UserAccount>> users = LoadableDetachableModel.of(() -> admin().users(DcimSession.get().caller()));
        add(new ListView<>("users", users) {
            @Override
            protected void populateItem(ListItem<UserAccount> item) {
                UserAccount user = item.getModelObject();
                item.add(new Label("username", user.getUsername()));
                item.add(new Label("displayName", user.getDisplayName() == null ? "" : user.getDisplayName()));
                item.add(new Label("state", getString(user.isEnabled() ? "users.active" : "users.disabled")));
                item.add(rolesForm(user));
                item.add(passwordForm(user.getId(), user.getUsername()));
                item.add(toggle(user.getId(), user.getUsername(), user.isEnabled()));
            }
        });
    }

    // The forms below keep plain values only: they are stored with the page.

    private Form<Void> rolesForm(UserAccount user) {
        long userId = user.getId();
        String username = user.getUsername();
        Model<ArrayList<Role>> roles = new Model<>(new ArrayList<>(user.getRoles()));
        Form<Void> form = new Form<>("rolesForm") {
            @Override
            protected void onSubmit() {
                try {
                    admin().setRoles(DcimSession.get().caller(), userId, roles.getObject().isEmpty() ? EnumSet.noneOf(Role.class)
                            : EnumSet.copyOf(roles.getObject()));
                    UsersPage.this.info(Texts.of(UsersPage.this, "users.rolesSaved", "user", username));
                } catch (DomainException e) {
                    reportForRow(username, e);
                }
            }
        };
        form.add(new CheckBoxMultipleChoice<>("roles", roles, Arrays.asList(Role.values()),
                new LambdaChoiceRenderer<>(Labels::of, choice -> choice.name())));
        return form;
    }

    /**
     * A refusal from a user's row, shown at the top naming the user: the rows are built again at each
     * render, so a message left on a row's field would be gone before it is shown.
     */
    private void reportForRow(String username, DomainException e) {
        error(Texts.of(this, "users.refusedFor", "user", username, "reason", FieldErrors.sentence(e)));
    }

    private Form<Void> passwordForm(long userId, String username) {
        Model<String> newPassword = Model.of("");
        Form<Void> form = new Form<>("passwordForm") {
            @Override
            protected void onSubmit() {
                try {
                    admin().resetPassword(DcimSession.get().caller(), userId, newPassword.getObject());
                    if (DcimSession.get().principal().userId() == userId) {
                        // An administrator who sets their own password here stays signed in here.
                        DcimSession.get().passwordChangedHere();
                    }
                    UsersPage.this.info(getString("users.passwordSet", Model.ofMap(java.util.Map.of("user", username))));
                } catch (DomainException e) {
                    reportForRow(username, e);
                } finally {
                    newPassword.setObject("");
                }
            }
        };
        form.add(new PasswordTextField("newPassword", newPassword).setRequired(false));
        return form;
    }

    private PostAction toggle(long userId, String username, boolean enabled) {
        return new PostAction("toggle", new ResourceModel(enabled ? "users.disable" : "users.enable")) {
            @Override
            protected void onPost() {
                try {
                    admin().setEnabled(DcimSession.get().caller(), userId, !enabled);
                    UsersPage.this.info(Texts.of(UsersPage.this, enabled ? "users.wasDisabled" : "users.wasEnabled", "user", username));
                } catch (DomainException e) {
                    reportForRow(username, e);
                }
            }
        };
    }

    private Form<Void> createForm() {
        Model<String> username = Model.of("");
        Model<String> displayName = Model.of("");
        Model<String> password = Model.of("");
        Model<ArrayList<Role>> roles = new Model<>(new ArrayList<>(List.of(Role.ANALYST)));
        FieldErrors fields = new FieldErrors(this);
        Form<Void> form = new Form<>("create") {
            @Override
            protected void onSubmit() {
                try {
                    admin().create(DcimSession.get().caller(), username.getObject(), displayName.getObject(), password.getObject(),
                            roles.getObject().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getObject()));
                    info(Texts.of(this, "users.created", "user", username.getObject()));
                    username.setObject("");
                    displayName.setObject("");
                } catch (DomainException e) {
                    fields.report(e);
                } finally {
                    password.setObject("");
                }
            }
        };
        fields.add(form, "username", new TextField<>("username", username));
        fields.add(form, "displayName", new TextField<>("displayName", displayName));
        fields.add(form, "password", new PasswordTextField("password", password).setRequired(false));
        fields.add(form, "roles", new CheckBoxMultipleChoice<>("roles", roles, Arrays.asList(Role.values()),
                new LambdaChoiceRenderer<>(Labels::of, choice -> choice.name())));
        return form;
    }

    private UserAdministration admin() {
        return services.userAdministration();
    }

    @Override
    protected String title() {
        return getString("users.title");
    }
}
