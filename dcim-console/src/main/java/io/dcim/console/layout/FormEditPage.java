package io.dcim.console.layout;

import org.apache.wicket.Component;
import org.apache.wicket.MarkupContainer;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * An {@link EditPage} whose markup ({@code FormEditPage.html}) holds the form, the messages at its top and the save
 * and delete buttons, so that every edit form is written once. The subclass's markup holds its fields (inside
 * {@code <wicket:extend>}) and, where the page shows more, a fragment for each place: a
 * {@code <wicket:fragment wicket:id="moreButtons">} for buttons of its own between save and delete (a BMC's poll
 * now), a {@code <wicket:fragment wicket:id="belowForm">} for what follows the form (a site's rooms, a device's clone
 * form). A fragment's markup stands among the fields, the only place a subclass writes, but is rendered in its
 * place.
 */
public abstract class FormEditPage extends EditPage {

    protected FormEditPage(PageParameters parameters) {
        super(parameters);
        inForm(new WebMarkupContainer("buttons").setVisible(false));
        add(new WebMarkupContainer("below").setVisible(false));
    }

    /** Where the page adds the buttons of its {@code moreButtons} fragment: in the form, after save. */
    protected final MarkupContainer moreButtons() {
        return fragment(form(), "buttons", "moreButtons");
    }

    /** Where the page adds the components of its {@code belowForm} fragment: after the form, outside it. */
    protected final MarkupContainer belowForm() {
        return fragment(this, "below", "belowForm");
    }

    /** The fragment filling {@code place} (nothing is shown there until a subclass asks for it). */
    private Fragment fragment(MarkupContainer parent, String place, String fragmentId) {
        Component current = parent.get(place);
        if (current instanceof Fragment fragment) {
            return fragment;
        }
        Fragment fragment = new Fragment(place, fragmentId, this);
        parent.replace(fragment);
        return fragment;
    }
}
