package io.dcim.console.auth;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.LanguageSwitch;
import io.dcim.identity.user.SignInResult;
import java.util.Map;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.RequiredTextField;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.http.WebResponse;

/**
 * The sign-in form. On success the session id is replaced (no session fixation) and the
 * person continues to the page they asked for.
 */
public class SignInPage extends WebPage {


    public SignInPage() {
        if (DcimSession.get().isSignedIn()) {
            throw new RestartResponseException(getApplication().getHomePage());
        }
        Model<String> username = Model.of("");
        Model<String> password = Model.of("");
        StatelessForm<Void> form = new StatelessForm<>("form") {
            @Override
            protected void onSubmit() {
                DcimSession session = DcimSession.get();
                if (session.signIn(username.getObject(), password.getObject())) {
                    session.replaceSession();
                    continueToOriginalDestination();
                    setResponsePage(getApplication().getHomePage());
                } else {
                    password.setObject("");
                    refused(session.lastResult());
                }
            }
        };
        form.add(new RequiredTextField<>("username", username).setLabel(new ResourceModel("username")));
        form.add(new PasswordTextField("password", password).setLabel(new ResourceModel("password")));
        add(form);
        form.add(new FeedbackPanel("feedback"));
        add(new LanguageSwitch("language"));
    }

    /** One message for every refusal (no user enumeration); the address's throttle answers 429 with its wait. */
    private void refused(SignInResult result) {
        if (result != null && result.throttled()) {
            long seconds = result.retryAfterSeconds();
            if (getResponse() instanceof WebResponse web) {
                web.setStatus(429);
                web.setHeader("Retry-After", String.valueOf(seconds));
            }
            error(getString("signIn.throttled", Model.ofMap(Map.of("seconds", seconds))));
        } else {
            error(getString("signIn.refused"));
        }
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        io.dcim.console.layout.Look.render(response);
    }
}
