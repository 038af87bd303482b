package io.dcim.console.layout;

import io.dcim.console.auth.DcimSession;
import io.dcim.console.auth.SignInPage;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.panel.Panel;

/**
 * The header's sign-out: a form post, not a link, since it changes the session and a GET changes nothing.
 * Stateless, as {@link LanguageSwitch}: a page whose components all are is not kept in the session after it is
 * drawn, which a stateful link in the header of every page forced on each of them.
 */
public class SignOut extends Panel {

    public SignOut(String id) {
        super(id);
        StatelessForm<Void> form = new StatelessForm<>("form");
        form.add(new Button("signOut") {
            @Override
            public void onSubmit() {
                DcimSession.get().signOut();
                getSession().invalidate();
                setResponsePage(SignInPage.class);
            }
        });
        add(form);
    }
}
