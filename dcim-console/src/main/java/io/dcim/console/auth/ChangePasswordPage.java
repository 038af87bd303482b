package io.dcim.console.auth;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import jakarta.inject.Inject;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Signed-in users change their own password (the current one is asked again, so an
 * unattended browser is not enough). Their other sessions end; this one goes on.
 */
public class ChangePasswordPage extends BasePage {

    @Inject
    private Services services;

    public ChangePasswordPage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback"));
        Model<String> current = Model.of("");
        Model<String> next = Model.of("");
        Model<String> repeated = Model.of("");
        Form<Void> form = new Form<>("form") {
            @Override
            protected void onSubmit() {
                try {
                    if (!java.util.Objects.equals(next.getObject(), repeated.getObject())) {
                        error(getString("password.mismatch"));
                        return;
                    }
                    DcimSession session = DcimSession.get();
                    services.users().changeOwnPassword(session.principal(),
                            current.getObject(), next.getObject(), DcimSession.clientAddress());
                    session.passwordChangedHere();
                    info(getString("password.changed"));
                } catch (DomainException e) {
                    FieldErrors.report(this, e);
                } finally {
                    current.setObject("");
                    next.setObject("");
                    repeated.setObject("");
                }
            }
        };
        form.add(new PasswordTextField("currentPassword", current).setRequired(false));
        form.add(new PasswordTextField("newPassword", next).setRequired(false));
        form.add(new PasswordTextField("repeatPassword", repeated).setRequired(false));
        add(form);
    }

    @Override
    protected String title() {
        return getString("password.title");
    }
}
