package io.dcim.console.layout;

import org.apache.wicket.Component;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.panel.FeedbackPanel;

/**
 * The messages at the top of an edit form: what the form, its buttons or the page said (saved, deleted,
 * refused as a whole, changed by someone else) and what the session carried over a redirect (created).
 * Refusals that name a field are shown beside it instead, by that field's own panel.
 */
public final class EditFeedback {

    private EditFeedback() {
    }

    public static FeedbackPanel panel(String id, Page page, Form<?> form) {
        return new FeedbackPanel(id, message -> {
            Component reporter = message.getReporter();
            return reporter == null || reporter == page || reporter == form || reporter instanceof Button;
        });
    }
}
