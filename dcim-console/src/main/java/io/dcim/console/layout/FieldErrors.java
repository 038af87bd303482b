package io.dcim.console.layout;

import io.dcim.common.error.DomainException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.wicket.Component;
import org.apache.wicket.Session;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.panel.ComponentFeedbackPanel;

/**
 * A form's fields by the names the domain gives them, so a refusal naming a field is shown
 * beside that field (and the rest at the top of the form). People read the refusal's sentence,
 * never the code name of the field ({@code positionU:}) that the API and the log carry.
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

    /**
     * Shows the refusal beside the field it names, else at the top. A refusal naming one element of a list
     * ({@code targetIds[2]}, one of the targets ticked) goes beside the field that holds the list.
     */
    public void report(DomainException e) {
        FormComponent<?> field = e.field() == null ? null : byDomainName.get(e.field());
        if (field == null && e.field() != null && e.field().indexOf('[') > 0) {
            field = byDomainName.get(e.field().substring(0, e.field().indexOf('[')));
        }
        (field == null ? fallback : field).error(sentence(e));
    }

    /** Reports the refusal on {@code where}, for pages and controls without fields to put it beside. */
    public static void report(Component where, DomainException e) {
        where.error(sentence(e));
    }

    /**
     * The refusal as people read it, in the session's language: its reason without the field's code
     * name, as a sentence.
     * A reason that only finishes the field's sentence ("is required: who decides") loses its
     * "is", and reads "Required: who decides" beside the field.
     */
    public static String sentence(DomainException e) {
        Locale locale = Session.exists() ? Session.get().getLocale() : Locale.ROOT;
        String why = e.reason(locale);
        String reason = why == null || why.isBlank() ? e.getMessage() : why.strip();
        if (reason.startsWith("is ") && e.field() != null) {
            reason = reason.substring(3);
        }
        return reason.isEmpty() ? reason : reason.substring(0, 1).toUpperCase(Locale.ROOT) + reason.substring(1);
    }
}
