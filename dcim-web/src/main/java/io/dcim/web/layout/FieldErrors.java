package io.dcim.web.layout;

import io.dcim.common.error.DomainException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.panel.ComponentFeedbackPanel;

/**
 * A form's fields by the names the domain gives them, so a refusal naming a field is shown
 * beside that field (and the rest at the top of the form).
 */
public final class FieldErrors implements Serializable {

    private final Map<String, FormComponent<?>> byDomainName = new HashMap<>();
    private final Component fallback;

    public FieldErrors(Component fallback) {
        this.fallback = fallback;
    }

    /** Adds the field with its own feedback panel ({@code <id>Feedback}) beside it. */
    public <C extends FormComponent<?>> C add(WebMarkupContainer parent, String domainName, C field) {
        parent.add(field);
        parent.add(new ComponentFeedbackPanel(field.getId() + "Feedback", field));
        byDomainName.put(domainName, field);
        return field;
    }

    /** Another name the domain uses for a field already added. */
    public void alias(String domainName, FormComponent<?> field) {
        byDomainName.put(domainName, field);
    }

    public void report(DomainException e) {
        FormComponent<?> field = e.field() == null ? null : byDomainName.get(e.field());
        (field == null ? fallback : field).error(e.getMessage());
    }
}
