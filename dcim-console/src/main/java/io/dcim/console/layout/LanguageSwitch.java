package io.dcim.console.layout;

import io.dcim.console.auth.DcimSession;
import io.dcim.identity.user.Language;
import java.util.Arrays;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.panel.Panel;

/**
 * The header's switch to the other language, named in that language ("中文", "English"). A form
 * post, not a link: a signed-in user's choice is saved on their account, and a GET changes nothing.
 * Stateless, so that the sign-in page stays stateless too.
 */
public class LanguageSwitch extends Panel {

    public LanguageSwitch(String id) {
        super(id);
        Language other = other(DcimSession.get().language());
        StatelessForm<Void> form = new StatelessForm<>("form");
        Button button = new Button("switch") {
            @Override
            public void onSubmit() {
                DcimSession.get().chooseLanguage(other);
                setResponsePage(getPage().getPageClass(), getPage().getPageParameters());
            }
        };
        button.add(AttributeModifier.replace("lang", other.tag()));
        button.add(new Label("name", other.locale().getDisplayLanguage(other.locale())));
        form.add(button);
        add(form);
    }

    /** The language the switch offers: the first the product speaks that is not the current one. */
    static Language other(Language current) {
        return Arrays.stream(Language.values()).filter(language -> language != current).findFirst().orElse(current);
    }
}
